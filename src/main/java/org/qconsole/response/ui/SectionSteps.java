package org.qconsole.response.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.UnaryOperator;
import org.qconsole.model.Language;
import org.qconsole.model.Section;

/**
 * "Previous section" and "Next section" under the form, each naming the section it opens: links to the
 * sections' addresses, like the {@link SectionNavigation}; only those that exist are made (styles in the theme:
 * {@code qc-section-step}).
 */
final class SectionSteps extends Div {

    private final List<Section> sections;
    private final Language language;
    private final UnaryOperator<String> href;

    /** @param href the address of a section, by its key */
    SectionSteps(List<Section> sections, Language language, UnaryOperator<String> href) {
        this.sections = sections;
        this.language = language;
        this.href = href;
        setId("section-steps");
        addClassName("qc-section-steps");
    }

    /** Shows the steps from the section with this key. */
    void show(String sectionKey) {
        int current = Math.max(0, sections.stream().map(Section::key).toList().indexOf(sectionKey));
        removeAll();
        if (current > 0) {
            Anchor previous = step("section-previous", sections.get(current - 1));
            previous.add(VaadinIcon.ARROW_LEFT.create(), new Text(getTranslation("response.previous", title(current - 1))));
            add(previous);
        }
        if (current + 1 < sections.size()) {
            Anchor next = step("section-next", sections.get(current + 1));
            next.addClassName("qc-next");
            next.add(new Text(getTranslation("response.next", title(current + 1))), VaadinIcon.ARROW_RIGHT.create());
            add(next);
        }
    }

    private Anchor step(String id, Section section) {
        Anchor step = new Anchor();
        step.setHref(href.apply(section.key()));
        step.setId(id);
        step.addClassName("qc-section-step");
        return step;
    }

    private String title(int index) {
        return SectionNavigation.title(sections.get(index), language);
    }
}
