package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/** Sizes and limits as the respondent reads them, in the questionnaire's language. */
class FileSizeTest {

    @Test
    void aSizeIsWordedWithTheUnitsAndDecimalMarkOfTheLanguage() {
        assertThat(new FileSize(1).in(Language.EN)).isEqualTo("1 byte");
        assertThat(new FileSize(512).in(Language.EN)).isEqualTo("512 bytes");
        assertThat(new FileSize(34 * 1024 + 100).in(Language.EN)).isEqualTo("34 KB");
        assertThat(new FileSize(1_258_291).in(Language.EN)).isEqualTo("1.2 MB");
        assertThat(new FileSize(20L * 1024 * 1024).in(Language.EN)).isEqualTo("20 MB");
        assertThat(new FileSize(1_258_291).in(Language.FR)).isEqualTo("1,2 Mo");
        assertThat(new FileSize(512).in(Language.FR)).isEqualTo("512 octets");
        assertThat(new FileSize(34 * 1024).in(Language.RU)).isEqualTo("34 КБ");
    }

    @Test
    void aSizeInsideATextIsWordedInThatTextsLanguage() {
        assertThat(Messages.text(Language.FR, "answer.documents.refused.tooLarge", "loi.pdf",
                new FileSize(20L * 1024 * 1024))).isEqualTo("Le fichier loi.pdf dépasse 20 Mo, la limite pour un fichier.");
    }
}
