package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Predicate;
import org.qconsole.model.Language;
import org.qconsole.model.Section;

/** "Previous section" and "Next section" under the form, each naming the section it opens. */
final class SectionSteps extends HorizontalLayout {

    private final List<Section> sections;
    private final Language language;
    private final Button previous = new Button(VaadinIcon.ARROW_LEFT.create());
    private final Button next = new Button(VaadinIcon.ARROW_RIGHT.create());
    private int current;

    /** @param open opens a section by key (it may refuse, e.g. while answers are not saved) */
    SectionSteps(List<Section> sections, Language language, Predicate<String> open) {
        this.sections = sections;
        this.language = language;
        setId("section-steps");
        setWidthFull();
        setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        previous.setId("section-previous");
        next.setId("section-next");
        next.setIconAfterText(true);
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(e -> open.test(sections.get(current - 1).key()));
        next.addClickListener(e -> open.test(sections.get(current + 1).key()));
        add(previous, next);
    }

    /** Shows the steps from the section with this key. */
    void show(String sectionKey) {
        current = Math.max(0, sections.stream().map(Section::key).toList().indexOf(sectionKey));
        step(previous, current - 1, "Previous: ");
        step(next, current + 1, "Next: ");
    }

    private void step(Button button, int index, String label) {
        boolean exists = index >= 0 && index < sections.size();
        button.setVisible(exists);
        if (exists) {
            button.setText(label + SectionNavigation.title(sections.get(index), language));
        }
    }
}
