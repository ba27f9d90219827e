package org.qconsole.template;

import org.qconsole.model.RichText;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

class RichTextTest {

    @Test
    void removesScriptsEventHandlersAndOtherElements() {
        String clean = RichText.sanitize("<p>Hi<script>alert(1)</script><img src=x onerror=\"alert(2)\">"
                + "<b onclick=\"alert(3)\">there</b><span style=\"color:red\">!</span></p><div>x</div>");

        assertThat(clean).isEqualTo("<p>Hi<b>there</b>!</p>x");
    }

    @Test
    void keepsTheSubset() {
        String html = "<p>a<br />b</p><ul><li><b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u></li></ul>"
                + "<ol><li>x<sup>1</sup><sub>2</sub></li></ol>";

        assertThat(RichText.sanitize(html)).isEqualTo(html);
    }

    @Test
    void removesLinksWithOtherProtocols() {
        String clean = RichText.sanitize("<a href=\"javascript:alert(1)\">js</a> <a href=\"JaVaScRiPt:x\">js2</a> "
                + "<a href=\"data:text/html,x\">data</a> <a href=\"/relative\">rel</a>");

        assertThat(clean).doesNotContain("<a", "javascript", "data:").contains("js", "js2", "data", "rel");
    }

    @Test
    void linksOpenInANewTabWithoutOpener() {
        String clean = RichText.sanitize("<a href=\"https://www.unodc.org/x\" target=\"_self\">UNODC</a> "
                + "<a href=\"mailto:someone@example.org\">mail</a> <a href=\"http://example.org\">http</a>");

        assertThat(clean).contains("<a href=\"https://www.unodc.org/x\"", "mailto:", "href=\"http://example.org\"")
                .doesNotContain("_self");
        assertThat(clean.split("target=\"_blank\"", -1)).hasSize(4);
        assertThat(clean.split("rel=\"noopener noreferrer\"", -1)).hasSize(4);
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        String once = RichText.sanitize("<p><a href=\"https://example.org\">x</a> &amp; y</p>");

        assertThat(RichText.sanitize(once)).isEqualTo(once);
        assertThat(once.split("target=", -1)).hasSize(2);
    }

    @Test
    void sanitizesEveryLanguage() {
        LocalizedText text = new LocalizedText(Map.of(Language.EN, "<p>Yes<script>x</script></p>",
                Language.FR, "<p onclick=\"x\">Oui</p>", Language.AR, "<script>only</script>"));

        LocalizedText clean = RichText.sanitize(text);

        assertThat(clean.in(Language.EN)).isEqualTo("<p>Yes</p>");
        assertThat(clean.in(Language.FR)).isEqualTo("<p>Oui</p>");
        assertThat(clean.has(Language.AR)).isFalse();
        assertThat(RichText.sanitize((LocalizedText) null)).isEqualTo(LocalizedText.EMPTY);
        assertThat(RichText.sanitize((String) null)).isEmpty();
    }

    @Test
    void plainTextRemovesTagsDecodesEntitiesAndCollapsesWhitespace() {
        assertThat(RichText.toPlainText("<p>Fish &amp; chips</p>\n\n<p>  caf&eacute;&nbsp;&lt;b&gt;</p>"
                + "<ul><li>one</li><li>two<br>three</li></ul><script>alert(1)</script>"))
                .isEqualTo("Fish & chips café <b> one two three");
        assertThat(RichText.toPlainText("CAC/COSP/WG.4/2022/2<sup>1</sup>")).isEqualTo("CAC/COSP/WG.4/2022/21");
        assertThat(RichText.toPlainText(null)).isEmpty();
        assertThat(RichText.toPlainText(" <p> </p> ")).isEmpty();
    }
}
