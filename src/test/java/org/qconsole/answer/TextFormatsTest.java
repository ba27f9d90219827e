package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.FormatType;
import org.qconsole.model.TextFormat;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/** What each format of a short text lets through, and a pattern's bounded work (docs/template-format.md, "Checks"). */
class TextFormatsTest {

    @Test
    void emailAddressesAsPeopleWriteThem() {
        assertThat(TextFormats.isEmail("mla@justice.gov.se")).isTrue();
        assertThat(TextFormats.isEmail("first.last+uncac@un.org")).isTrue();
        assertThat(TextFormats.isEmail("no-at-sign.org")).isFalse();
        assertThat(TextFormats.isEmail("two@at@un.org")).isFalse();
        assertThat(TextFormats.isEmail("name@localhost")).isFalse();
        assertThat(TextFormats.isEmail("name@un..org")).isFalse();
        assertThat(TextFormats.isEmail("with space@un.org")).isFalse();
        assertThat(TextFormats.isEmail("a".repeat(65) + "@un.org")).isFalse();
    }

    @Test
    void webAddressesNeedHttpOrHttpsAndAHost() {
        assertThat(TextFormats.isWebAddress("https://www.unodc.org/corruption")).isTrue();
        assertThat(TextFormats.isWebAddress("HTTP://example.org?q=1")).isTrue();
        assertThat(TextFormats.isWebAddress("ftp://example.org")).isFalse();
        assertThat(TextFormats.isWebAddress("www.example.org")).isFalse();
        assertThat(TextFormats.isWebAddress("https://exa mple.org")).isFalse();
        assertThat(TextFormats.isWebAddress("javascript:alert(1)")).isFalse();
    }

    @Test
    void phoneNumbersAreReadLeniently() {
        assertThat(TextFormats.isPhone("+43 1 26060-0")).isTrue();
        assertThat(TextFormats.isPhone("(022) 917 12 34")).isTrue();
        assertThat(TextFormats.isPhone("12345")).as("5 digits").isFalse();
        assertThat(TextFormats.isPhone("+1234567890123456")).as("16 digits").isFalse();
        assertThat(TextFormats.isPhone("12+345678")).isFalse();
        assertThat(TextFormats.isPhone("call 123456")).isFalse();
    }

    @Test
    void aSlowPatternIsRefusedAndAnAnswerThatRunsOutOfBudgetIsRefusedInWords() {
        assertThat(BoundedPattern.problem("(.*a){12}")).hasValueSatisfying(p -> assertThat(p.in(Language.EN))
                .startsWith("takes too long to check (repetitions that can match the same text in many ways, such as"
                        + " (.*a){12})"));
        assertThat(BoundedPattern.problem("[A-Z]{3}-[0-9]{4}")).isEmpty();
        assertThat(BoundedPattern.problem("x".repeat(301)).map(p -> p.in(Language.EN)))
                .hasValue("has 301 characters; at most 300 are allowed");
        assertThat(BoundedPattern.problem("x".repeat(301)).map(p -> p.in(Language.FR)))
                .hasValue("compte 301 caractères ; 300 au plus sont autorisés");

        // No probe has an x, so this one passes them; on x's it would take seconds, and is stopped instead.
        AnswerKind kind = AnswerKinds.of(new AnswerSpec.ShortText(null, new TextFormat(FormatType.PATTERN,
                "(.*x){12}", LocalizedText.en("Twelve x at least.").with(Language.FR, "Au moins douze x."))));
        assertThat(BoundedPattern.problem("(.*x){12}")).isEmpty();
        assertThat(kind.problem(TextNode.valueOf("x".repeat(12)))).isEmpty();
        assertThat(kind.problem(TextNode.valueOf("x".repeat(5)), Language.FR)).hasValue("Au moins douze x.");
        assertThat(kind.problem(TextNode.valueOf("x".repeat(40) + "!"))).hasValue(TextFormats.TOO_COSTLY_MESSAGE);
    }
}
