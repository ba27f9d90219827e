package org.qconsole.common.ui;

import com.vaadin.flow.i18n.I18NProvider;

/** "3 days left", "due today", "2 days overdue" in the page's language. */
public final class TimeLeft {

    private TimeLeft() {
    }

    /** @param days days until the deadline: 0 on the day, negative once overdue */
    public static String of(long days) {
        if (days == 0) {
            return I18NProvider.translate("common.time.dueToday");
        }
        return days > 0 ? I18NProvider.translate("common.time.left", days)
                : I18NProvider.translate("common.time.overdue", -days);
    }
}
