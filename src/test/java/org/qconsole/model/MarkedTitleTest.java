package org.qconsole.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Footnote markers in plain titles: kept as superscripts where the title is shown, left out in words. */
class MarkedTitleTest {

    @Test
    void aTitleIsWordsAndMarkersAndNothingElseIsMarkup() {
        String title = "Legal <b>framework</b><sup>3</sup> & practice<sup>4a</sup>";

        assertThat(MarkedTitle.parts(title)).containsExactly(new MarkedTitle.Part("Legal <b>framework</b>", false),
                new MarkedTitle.Part("3", true), new MarkedTitle.Part(" & practice", false),
                new MarkedTitle.Part("4a", true));
        assertThat(MarkedTitle.markers(title)).containsExactly("3", "4a");
        assertThat(MarkedTitle.words(title)).isEqualTo("Legal <b>framework</b> & practice");
        assertThat(MarkedTitle.html(title))
                .isEqualTo("Legal &lt;b&gt;framework&lt;/b&gt;<sup>3</sup> &amp; practice<sup>4a</sup>");
    }

    @Test
    void aSectionsHeadingIsNumbered() {
        Section section = new Section("s", "II", LocalizedText.en("Laws<sup>1</sup>"), null, List.of(), List.of(), null);

        assertThat(section.heading(Language.FR)).isEqualTo("II. Laws");
        assertThat(section.headingHtml(Language.EN)).isEqualTo("II. Laws<sup>1</sup>");
        assertThat(MarkedTitle.parts(null)).isEmpty();
    }
}
