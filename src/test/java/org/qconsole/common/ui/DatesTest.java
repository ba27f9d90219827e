package org.qconsole.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Deadlines and moments as each of the six languages writes them; English as United Nations documents do. */
class DatesTest {

    private static final LocalDate DEADLINE = LocalDate.of(2026, 12, 21);
    private static final Instant SAVED = Instant.parse("2026-12-21T14:05:33Z");

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aDeadlineFollowsThePagesLanguage() {
        assertThat(in("en", () -> Dates.day(DEADLINE))).isEqualTo("21 December 2026");
        assertThat(in("fr", () -> Dates.day(DEADLINE))).isEqualTo("21 décembre 2026");
        assertThat(in("es", () -> Dates.day(DEADLINE))).isEqualTo("21 de diciembre de 2026");
        assertThat(in("ru", () -> Dates.day(DEADLINE))).isEqualTo("21 декабря 2026 г.");
        assertThat(in("zh", () -> Dates.day(DEADLINE))).isEqualTo("2026年12月21日");
        assertThat(in("ar", () -> Dates.day(DEADLINE))).contains("ديسمبر");
        assertThat(in("de", () -> Dates.day(DEADLINE))).as("a language the console has not").isEqualTo("21 December 2026");
    }

    @Test
    void aMomentIsInUtcToTheMinuteOrTheSecond() {
        assertThat(in("en", () -> Dates.moment(SAVED))).isEqualTo("21 December 2026, 14:05");
        assertThat(in("fr", () -> Dates.moment(SAVED))).isEqualTo("21 décembre 2026 14:05");
        assertThat(in("en", () -> Dates.momentToTheSecond(SAVED))).isEqualTo("21 December 2026, 14:05:33");
        assertThat(Dates.day(null)).isEmpty();
    }

    private static String in(String language, java.util.function.Supplier<String> text) {
        UI.getCurrent().setLocale(Locale.forLanguageTag(language));
        return text.get();
    }
}
