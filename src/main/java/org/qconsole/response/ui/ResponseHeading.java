package org.qconsole.response.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.qconsole.assignment.Assignment;
import org.qconsole.common.ui.Dates;
import org.qconsole.common.ui.FactLine;
import org.qconsole.common.ui.TimeLeft;

/** A response's title and facts: the State, the circular, the deadline and time left, the status. */
final class ResponseHeading extends Div {

    ResponseHeading(Assignment a) {
        H1 heading = new H1(a.campaignTitle());
        heading.setId("response-heading");
        Paragraph facts = new Paragraph(getTranslation("response.facts",
                FactLine.of(a.country().label(getLocale()), a.circularReference()), Dates.day(a.deadline()),
                TimeLeft.of(a.daysLeft(Assignment.today())), getTranslation(a.status().messageKey())));
        facts.setId("response-facts");
        add(heading, facts);
    }
}
