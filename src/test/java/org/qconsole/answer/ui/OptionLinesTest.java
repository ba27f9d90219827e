package org.qconsole.answer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/** The designer's one-a-line text form of options, rows and columns. */
class OptionLinesTest {

    private static final LocalizedText EMAIL = new LocalizedText(Map.of(Language.EN, "Email", Language.FR, "Courriel"));

    @Test
    void derivesValuesFromLabels() {
        assertThat(OptionLines.deriveValue("Email/messaging technologies")).isEqualTo("email_messaging_technologies");
        assertThat(OptionLines.deriveValue("  Télé-travail (2023) ")).isEqualTo("tele_travail_2023");
        assertThat(OptionLines.deriveValue("中文")).isEmpty();
        assertThat(OptionLines.deriveValue("a".repeat(70))).hasSize(64);
        assertThat(OptionLines.deriveValue("b".repeat(63) + " c")).isEqualTo("b".repeat(63));
    }

    @Test
    void parsesAndFormatsOptionsKeepingTranslations() {
        OptionLines.Parsed<Option> parsed = OptionLines.parseOptions(
                "email = Email and messaging\n\n  Video conferencing  \r\nai=AI = machine learning",
                List.of(new Option("email", EMAIL)));

        assertThat(parsed.ok()).isTrue();
        assertThat(parsed.items()).containsExactly(
                new Option("email", new LocalizedText(Map.of(Language.EN, "Email and messaging",
                        Language.FR, "Courriel"))),
                new Option("video_conferencing", LocalizedText.en("Video conferencing")),
                new Option("ai", LocalizedText.en("AI = machine learning")));
        assertThat(OptionLines.formatOptions(parsed.items())).isEqualTo(
                "email = Email and messaging\nvideo_conferencing = Video conferencing\nai = AI = machine learning");
        assertThat(OptionLines.parseOptions(OptionLines.formatOptions(parsed.items()), parsed.items()).items())
                .isEqualTo(parsed.items());
    }

    @Test
    void namesTheLineOfEachProblem() {
        OptionLines.Parsed<Option> parsed = OptionLines.parseOptions(
                "email = Email\nEmail, Mail = Mail\nfax =\n中文\nemail = Email again", List.of());

        assertThat(parsed.ok()).isFalse();
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.errors()).containsExactly(
                "Line 2: \"Email, Mail\" is not a valid option value: it contains = , or :, which separate"
                        + " values in the designer",
                "Line 3: the label is missing (write value = Label)",
                "Line 4: no value can be made from \"中文\"; write value = 中文",
                "Line 5: the value \"email\" is already used on line 1");
        assertThat(parsed.errorMessage()).startsWith("Line 2: ").contains("; Line 3: ");
    }

    @Test
    void keepsOptionValuesAsTheSourceWritesThem() {
        OptionLines.Parsed<Option> parsed = OptionLines.parseOptions(
                "IN SOME SECTORS = In some sectors\n1+ = One or more\nNão se aplica = Não se aplica", List.of());

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.items()).extracting(Option::value).containsExactly("IN SOME SECTORS", "1+", "Não se aplica");
        assertThat(OptionLines.parseRows("In Some = Row", List.of()).errors()).containsExactly(
                "Line 1: \"In Some\" is not a valid key (1 to 64 of a-z, 0-9, _ . -)");
    }

    @Test
    void parsesSharedListsKeepingTranslationsAndRefusingToDropAListInUse() {
        var previous = List.of(new org.qconsole.model.OptionList("sectors", List.of(new Option("agri",
                new LocalizedText(Map.of(Language.EN, "Agri", Language.FR, "Agriculture"))))));
        OptionLines.Parsed<org.qconsole.model.OptionList> parsed = OptionListLines.parse(
                "sectors:\nagri = Agriculture\n1+ = More\n\nlevels:\nLow", previous, java.util.Set.of("sectors"));

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.items()).containsExactly(
                new org.qconsole.model.OptionList("sectors", List.of(new Option("agri", new LocalizedText(
                        Map.of(Language.EN, "Agriculture", Language.FR, "Agriculture"))),
                        new Option("1+", LocalizedText.en("More")))),
                new org.qconsole.model.OptionList("levels", List.of(new Option("low", LocalizedText.en("Low")))));
        assertThat(OptionListLines.parse(OptionListLines.format(parsed.items()), parsed.items(), java.util.Set.of())
                .items()).isEqualTo(parsed.items());
        assertThat(OptionListLines.parse("agri = Agriculture\nLevels:\nlevels:", List.of(), java.util.Set.of("sectors"))
                .errors()).containsExactly(
                        "Line 1: start with the list's key, e.g. sectors:",
                        "Line 2: \"Levels\" is not a valid list key (1 to 64 of a-z, 0-9, _ . -)",
                        "Line 2: the list Levels has no options",
                        "Line 3: the list levels has no options",
                        "The list sectors is used by questions; choose other options for them before removing it");
    }

    @Test
    void parsesRows() {
        OptionLines.Parsed<Row> parsed = OptionLines.parseRows("y2022 = 2022\n2023",
                List.of(new Row("y2022", new LocalizedText(Map.of(Language.EN, "Old", Language.ES, "Viejo")))));

        assertThat(parsed.items()).containsExactly(
                new Row("y2022", new LocalizedText(Map.of(Language.EN, "2022", Language.ES, "Viejo"))),
                new Row("2023", LocalizedText.en("2023")));
        assertThat(OptionLines.parseRows("a = A\na = B", List.of()).errors())
                .containsExactly("Line 2: the key \"a\" is already used on line 1");
    }

    @Test
    void parsesAndFormatsColumns() {
        List<Column> previous = List.of(new Column("status", new LocalizedText(Map.of(Language.EN, "State",
                Language.FR, "Statut")), ColumnType.CHOICE, List.of(new Option("open", EMAIL))));

        OptionLines.Parsed<Column> parsed = ColumnLines.parse("year = Year : number\n"
                + "status = Status : choice : open=Open, closed = Closed\n"
                + "Amount: in USD : number\nNote\ndone = Done : checkbox", previous);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.items()).containsExactly(
                new Column("year", LocalizedText.en("Year"), ColumnType.NUMBER, List.of()),
                new Column("status", new LocalizedText(Map.of(Language.EN, "Status", Language.FR, "Statut")),
                        ColumnType.CHOICE, List.of(
                                new Option("open", new LocalizedText(Map.of(Language.EN, "Open", Language.FR,
                                        "Courriel"))),
                                new Option("closed", LocalizedText.en("Closed")))),
                new Column("amount_in_usd", LocalizedText.en("Amount: in USD"), ColumnType.NUMBER, List.of()),
                new Column("note", LocalizedText.en("Note"), ColumnType.TEXT, List.of()),
                new Column("done", LocalizedText.en("Done"), ColumnType.CHECKBOX, List.of()));
        String text = ColumnLines.format(parsed.items());
        assertThat(text).startsWith("year = Year : number\nstatus = Status : choice : open=Open, closed=Closed\n");
        assertThat(ColumnLines.parse(text, parsed.items()).items()).isEqualTo(parsed.items());
    }

    @Test
    void parsesAndFormatsTypedCellsWithTheirSettings() {
        List<Column> previous = List.of(new Column("share", LocalizedText.en("Share"), ColumnType.NUMBER, List.of())
                .withCellSettings(new AnswerSpec.NumberBox(false, null, null, new LocalizedText(Map.of(Language.EN,
                        "%", Language.FR, "pour cent"))), null, false));

        OptionLines.Parsed<Column> parsed = ColumnLines.parse("share = Share : number* : whole 0..100 %\n"
                + "since = Since : date\nok = Done : yesno*\nname = Name : text : 200\nbudget = Budget : number : ..5.5",
                previous);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.items()).containsExactly(
                new Column("share", LocalizedText.en("Share"), ColumnType.NUMBER, List.of()).withCellSettings(
                        new AnswerSpec.NumberBox(true, java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100),
                                new LocalizedText(Map.of(Language.EN, "%", Language.FR, "pour cent"))), null, true),
                new Column("since", LocalizedText.en("Since"), ColumnType.DATE, List.of()),
                new Column("ok", LocalizedText.en("Done"), ColumnType.YES_NO, List.of()).withCellSettings(null, null,
                        true),
                new Column("name", LocalizedText.en("Name"), ColumnType.TEXT, List.of()).withCellSettings(null, 200,
                        false),
                new Column("budget", LocalizedText.en("Budget"), ColumnType.NUMBER, List.of()).withCellSettings(
                        new AnswerSpec.NumberBox(false, null, new java.math.BigDecimal("5.5"), null), null, false));
        String text = ColumnLines.format(parsed.items());
        assertThat(text).isEqualTo("share = Share : number* : whole 0..100 %\nsince = Since : date\n"
                + "ok = Done : yesno*\nname = Name : text : 200\nbudget = Budget : number : ..5.5");
        assertThat(ColumnLines.parse(text, parsed.items()).items()).isEqualTo(parsed.items());
    }

    @Test
    void reportsColumnProblems() {
        OptionLines.Parsed<Column> parsed = ColumnLines.parse("a = A : colour\nb = B : choice\n"
                + "c = C : text : x=X\nd = D : choice : x=X, x=Y\ne = E : date : x=X\na = Again", List.of());

        assertThat(parsed.errors()).containsExactly(
                "Line 1: unknown type \"colour\"; use checkbox, text, number, choice, date or yesno",
                "Line 2: a choice column needs its options: key = Label : choice : a=A, b=B",
                "Line 3: a text column takes its maximum length, e.g. : text : 200",
                "Line 4: the option value \"x\" is listed twice",
                "Line 5: only a choice column takes options");
    }
}
