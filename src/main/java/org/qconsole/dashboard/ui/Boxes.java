package org.qconsole.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The dashboard's titled boxes, which share a row equally. */
final class Boxes {

    private Boxes() {
    }

    static Component box(String title, Component content) {
        Div box = new Div(new H3(title), content);
        box.getStyle().set("flex", "1 1 0").set("min-width", "0");
        return box;
    }
}
