package org.qconsole.common.ui;

import com.vaadin.flow.component.UI;
import java.util.Locale;
import org.qconsole.common.DayWords;
import org.qconsole.model.Language;

/** "3 days left", "due today", "2 days overdue" in the page's language. */
public final class TimeLeft {

    private TimeLeft() {
    }

    /** @param days days until the deadline: 0 on the day, negative once overdue */
    public static String of(long days) {
        UI ui = UI.getCurrent();
        return DayWords.timeLeft(days, Language.of(ui == null ? Locale.ENGLISH : ui.getLocale()));
    }
}
