package org.qconsole.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.questionnaire.Progress;

/**
 * The sections of a questionnaire beside the form, each with how many of its required questions are
 * answered; a click opens the section. Kept up to date as the user answers; the section shown is marked.
 */
final class SectionNavigation extends Div {

    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span overall = new Span();
    private final Map<String, Span> counts = new LinkedHashMap<>();
    private final Map<String, Button> entries = new LinkedHashMap<>();

    SectionNavigation(Progress progress, Language language, Consumer<String> goToSection) {
        setId("section-navigation");
        addClassName("qc-section-navigation");
        getStyle().set("position", "sticky").set("top", "0").set("align-self", "flex-start")
                .set("min-width", "16em").set("max-width", "22em").set("flex", "0 0 auto");
        overall.setId("response-progress");
        overall.getStyle().set("font-size", "var(--lumo-font-size-s)");
        add(bar, overall);
        for (Progress.SectionProgress section : progress.sections()) {
            String key = section.section().key();
            Span count = new Span();
            count.setId("nav-progress-" + key);
            count.getStyle().set("margin-inline-start", "auto").set("font-size", "var(--lumo-font-size-xs)")
                    .set("color", "var(--lumo-secondary-text-color)");
            Button entry = new Button(title(section.section(), language), e -> goToSection.accept(key));
            entry.setId("nav-" + key);
            entry.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            entry.setSuffixComponent(count);
            entry.setWidthFull();
            entry.getStyle().set("justify-content", "flex-start").set("text-align", "start");
            counts.put(key, count);
            entries.put(key, entry);
            add(entry);
        }
        show(progress);
    }

    /** Shows new counts (after an answer changed). */
    void show(Progress progress) {
        bar.setValue(progress.percent());
        overall.setText(progress.percent() + "% complete · " + progress.answered() + " of " + progress.required()
                + " required questions answered");
        for (Progress.SectionProgress section : progress.sections()) {
            Span count = counts.get(section.section().key());
            if (count != null) {
                count.setText(section.required() == 0 ? "" : section.answered() + "/" + section.required());
                entries.get(section.section().key()).getElement().setAttribute("data-complete",
                        String.valueOf(section.answered() == section.required()));
            }
        }
    }

    /** Marks the section shown (for screen readers too). */
    void select(String sectionKey) {
        entries.forEach((key, entry) -> {
            boolean current = key.equals(sectionKey);
            entry.getElement().setAttribute("aria-current", current ? "page" : "false");
            entry.getStyle().set("font-weight", current ? "600" : "normal");
        });
    }

    static String title(Section section, Language language) {
        String title = section.title() == null ? "" : section.title().in(language);
        return section.number().isBlank() ? title : section.number() + ". " + title;
    }
}
