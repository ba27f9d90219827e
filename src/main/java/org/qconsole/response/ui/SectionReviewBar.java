package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.Dates;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.response.SectionReview;
import org.qconsole.response.SectionReview.State;
import org.qconsole.response.SectionReviews;
import org.qconsole.response.SectionRights;
import org.qconsole.response.WorkflowAction;

/**
 * Above the section shown, for the State's own users: whether it is theirs to change (a section given to colleagues
 * is read only), where it stands in the country's review, and the steps the signed-in user may take on it now: a
 * contributor whose section it is marks it ready; the focal point approves it, sends it back with a comment, or
 * opens an approved one again.
 */
final class SectionReviewBar extends VerticalLayout {

    /** What the bar needs from its page. */
    record Page(long assignmentId, List<Section> sections, Language language, SectionRights rights,
            Predicate<WorkflowAction> allowed, BooleanSupplier savedAll, Runnable changed, Consumer<String> problem) {
    }

    private final transient SectionReviews reviews;
    private final transient Page page;

    SectionReviewBar(SectionReviews reviews, Page page) {
        this.reviews = reviews;
        this.page = page;
        setId("section-review");
        setPadding(false);
        setSpacing(false);
    }

    /** Shows where this section stands and the steps offered on it. */
    void show(String sectionKey) {
        removeAll();
        SectionRights rights = page.rights();
        State state = rights.state(sectionKey);
        SectionReview review = rights.reviews().get(sectionKey);
        if (rights.answering() && !rights.isTheirs(sectionKey)) {
            Paragraph notYours = new Paragraph(getTranslation("delegation.readOnlySection"));
            notYours.setId("section-not-yours");
            add(notYours);
        }
        if (review != null && state != State.DRAFT) {
            Paragraph line = new Paragraph(getTranslation("review.line." + state.name(), review.changedBy(),
                    Dates.moment(review.changedAt()), review.comment()));
            line.setId("section-review-state");
            line.addClassName("qc-review-" + state.name().toLowerCase());
            add(line);
        }
        HorizontalLayout steps = new HorizontalLayout();
        if (page.allowed().test(WorkflowAction.MARK_READY) && rights.isTheirs(sectionKey)
                && (state == State.DRAFT || state == State.SENT_BACK)) {
            steps.add(step("review.markReady", "section-ready", () -> reviews.markReady(page.assignmentId(),
                    sectionKey)));
        }
        if (page.allowed().test(WorkflowAction.REVIEW_SECTIONS)) {
            if (state == State.APPROVED) {
                steps.add(step("review.reopen", "section-reopen", () -> reviews.reopen(page.assignmentId(), sectionKey)));
            } else {
                steps.add(step("review.approve", "section-approve", () -> reviews.approve(page.assignmentId(),
                        sectionKey)));
            }
            if (state == State.READY_FOR_REVIEW) {
                Button sendBack = new Button(getTranslation("review.sendBack"), e -> sendBack(sectionKey));
                sendBack.setId("section-send-back");
                steps.add(sendBack);
            }
        }
        if (steps.getComponentCount() > 0) {
            add(steps);
        }
        setVisible(getComponentCount() > 0);
    }

    /** A step taken once every answer on the page is saved (an approved section takes none after it). */
    private Button step(String labelKey, String id, Supplier<SectionReview> action) {
        Button button = new Button(getTranslation(labelKey), e -> {
            if (!page.savedAll().getAsBoolean()) {
                page.problem().accept(getTranslation("response.unsavedSection"));
                return;
            }
            try {
                action.get();
                page.changed().run();
            } catch (AssignmentException ex) {
                page.problem().accept(ex.reason(UI.getCurrent().getLocale()));
            }
        });
        button.setId(id);
        if (!"section-reopen".equals(id)) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }

    private void sendBack(String sectionKey) {
        String heading = page.sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .map(s -> s.heading(page.language())).orElse(sectionKey);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("review.sendBack.title", heading));
        dialog.setId("section-send-back-dialog");
        TextArea comment = new TextArea(getTranslation("review.sendBack.comment"));
        comment.setId("section-send-back-comment");
        comment.setWidthFull();
        comment.setRequired(true);
        Paragraph error = new Paragraph();
        error.setId("section-send-back-error");
        error.addClassName("qc-error");
        Button confirm = new Button(getTranslation("review.sendBack.confirm"), e -> {
            try {
                reviews.sendBack(page.assignmentId(), sectionKey, comment.getValue());
                dialog.close();
                page.changed().run();
            } catch (AssignmentException ex) {
                error.setText(ex.reason(UI.getCurrent().getLocale()));
            }
        });
        confirm.setId("section-send-back-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        cancel.setId("section-send-back-cancel");
        dialog.add(new VerticalLayout(comment, error));
        dialog.getFooter().add(cancel, confirm);
        dialog.setWidth("32em");
        dialog.open();
    }
}
