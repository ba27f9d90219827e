package org.qconsole.response.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.response.SectionReview;
import org.qconsole.response.SectionRights;
import java.util.function.UnaryOperator;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.questionnaire.Progress;

/**
 * The sections of a questionnaire beside the form, each with how many of its required questions are
 * answered; each a link to the section's address (the page refuses to open it while an answer is not saved,
 * see {@link ResponseView}). Kept up to date as the user answers; the section shown is marked.
 * Links rather than buttons: a link is what they are to a screen reader, a new tab opens them, and one costs
 * the session a third of a button's memory (styles in the theme: {@code qc-section-link}).
 */
final class SectionNavigation extends Div {

    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span overall = new Span();
    private final Map<String, Span> counts = new LinkedHashMap<>();
    private final Map<String, Anchor> entries = new LinkedHashMap<>();

    /**
     * @param href the address of a section, by its key
     * @param rights the sections given to the signed-in user, marked "yours", and where each stands in review
     */
    SectionNavigation(Progress progress, Language language, UnaryOperator<String> href, SectionRights rights) {
        setId("section-navigation");
        addClassName("qc-section-navigation");
        overall.setId("response-progress");
        // The bar's name for screen readers is the text beside it ("45% complete · 9 of 20 ...").
        bar.getElement().setAttribute("aria-labelledby", "response-progress");
        add(bar, overall);
        for (Progress.SectionProgress section : progress.sections()) {
            String key = section.section().key();
            Span count = new Span();
            count.setId("nav-progress-" + key);
            Anchor entry = new Anchor(href.apply(key), title(section.section(), language));
            entry.setId("nav-" + key);
            entry.addClassName("qc-section-link");
            if (rights.state(key) != SectionReview.State.DRAFT) {
                Span state = new Span(getTranslation(rights.state(key).messageKey()));
                state.setId("nav-review-" + key);
                state.getElement().getThemeList().add("badge");
                state.getElement().getThemeList().add("small");
                if (rights.state(key) == SectionReview.State.APPROVED) {
                    state.getElement().getThemeList().add("success");
                }
                entry.add(state);
            }
            if (rights.assignedToMe().contains(key)) {
                Span yours = new Span(getTranslation("delegation.nav.mine"));
                yours.setId("nav-mine-" + key);
                yours.getElement().getThemeList().add("badge");
                yours.getElement().getThemeList().add("small");
                entry.add(yours);
            }
            entry.add(count);
            counts.put(key, count);
            entries.put(key, entry);
            add(entry);
        }
        show(progress);
    }

    /** Shows new counts (after an answer changed). */
    void show(Progress progress) {
        bar.setValue(progress.percent());
        overall.setText(getTranslation("response.progress", progress.percent(), progress.answered(),
                progress.required()));
        for (Progress.SectionProgress section : progress.sections()) {
            Span count = counts.get(section.section().key());
            if (count != null) {
                count.setText(section.required() == 0 ? "" : section.answered() + "/" + section.required());
                entries.get(section.section().key()).getElement().setAttribute("data-complete",
                        String.valueOf(section.answered() == section.required()));
            }
        }
    }

    /** Marks the section shown (for screen readers too: {@code aria-current}; the theme makes it bold). */
    void select(String sectionKey) {
        entries.forEach((key, entry) -> {
            if (key.equals(sectionKey)) {
                entry.getElement().setAttribute("aria-current", "page");
            } else {
                entry.getElement().removeAttribute("aria-current");
            }
        });
    }

    static String title(Section section, Language language) {
        return section.heading(language);
    }
}
