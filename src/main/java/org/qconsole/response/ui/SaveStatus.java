package org.qconsole.response.ui;

import com.vaadin.flow.component.html.Span;

/**
 * The always visible saving state of a response: its text for the user, and its {@code data-state} (saved,
 * unsaved, invalid, conflict, error, read-only) for styling and tests.
 */
final class SaveStatus extends Span {

    SaveStatus() {
        setId("response-status");
        addClassName("qc-save-status");
    }

    void show(String text, String state) {
        setText(text);
        getElement().setAttribute("data-state", state);
    }

    void saved() {
        show(getTranslation("response.status.saved"), "saved");
    }

    void error(String message) {
        show(message, "error");
    }

    /** Typed input is not stored until its value arrives: the status must not go on saying "saved". */
    void typing() {
        if ("saved".equals(getElement().getAttribute("data-state"))) {
            show(getTranslation("response.status.typing"), "unsaved");
        }
    }
}
