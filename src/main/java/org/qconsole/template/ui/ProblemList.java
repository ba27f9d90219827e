package org.qconsole.template.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import org.qconsole.model.Language;
import org.qconsole.template.Problem;

/** A message and the list of problems behind it, e.g. why a file was not imported. */
class ProblemList extends Div {

    ProblemList() {
        setId("problems");
        addClassName("qc-problems");
        setVisible(false);
    }

    void show(String message, List<Problem> problems) {
        removeAll();
        Paragraph summary = new Paragraph(message);
        summary.setId("problems-summary");
        add(summary);
        UnorderedList list = new UnorderedList();
        problems.forEach(p -> list.add(new ListItem(p.in(Language.of(getLocale())))));
        list.setId("problems-list");
        add(list);
        setVisible(true);
    }

    void clear() {
        removeAll();
        setVisible(false);
    }
}
