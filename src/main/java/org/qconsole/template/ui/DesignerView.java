package org.qconsole.template.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.UnaryOperator;
import org.qconsole.identity.Roles;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.template.Problem;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;

/**
 * The questionnaire designer: an outline of sections and items, an editor for the selected one, and
 * a live preview exactly as country users will see it. Every change is saved as the secretariat goes.
 * The view composes the parts ({@link DesignerActions}, {@link DesignerOutline}, an editor per node type,
 * {@link DesignerPreview}) and owns the draft, the selection and the autosave status.
 */
@Route("templates/design")
@RolesAllowed(Roles.SECRETARIAT)
class DesignerView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<Long> {

    private final transient TemplateService templates;
    private final transient SectionTypeService sectionTypes;
    private final DesignerOutline outline = new DesignerOutline();
    private final Div editor = new Div();
    private final DesignerPreview preview;
    private final Span status = new Span();
    private final ProblemList problems = new ProblemList();
    private transient TemplateVersion version;
    private transient TemplateDefinition definition;
    private int revision;
    private Path selected;

    public DesignerView(TemplateService templates, SectionTypeService sectionTypes) {
        this.templates = templates;
        this.sectionTypes = sectionTypes;
        this.preview = new DesignerPreview(sectionTypes);
        outline.onPick(this::selectInOutline);
        setId("designer");
        setSizeFull();
        addClassName("qc-designer");
    }

    @Override
    public void setParameter(BeforeEvent event, Long versionId) {
        try {
            version = templates.version(versionId);
        } catch (TemplateException e) {
            removeAll();
            add(new H1(getTranslation("template.version.notFound")), new Paragraph(e.reason(getLocale())));
            return;
        }
        if (!version.isDraft()) {
            removeAll();
            add(new H1(getTranslation("template.designer.notDraft", version.label(),
                    getTranslation(version.status().messageKey()).toLowerCase(getLocale()))),
                    new Paragraph(getTranslation("template.designer.notDraft.text")));
            return;
        }
        definition = version.definition();
        revision = version.revision();
        layout();
        outline.show(definition);
        select(null);
    }

    private void layout() {
        removeAll();
        H1 heading = new H1(getTranslation("template.designer.heading", version.label()));
        heading.setId("designer-heading");
        status.setId("designer-status");
        status.setText(getTranslation("template.designer.saved"));
        Button save = new Button(getTranslation("template.designer.saveNow"), VaadinIcon.CLOUD_UPLOAD_O.create(), e -> save());
        save.setId("designer-save");
        save.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button done = new Button(getTranslation("template.designer.versionPage"), VaadinIcon.ARROW_RIGHT.create(),
                e -> UI.getCurrent().navigate(TemplateVersionView.class, version.id()));
        done.setId("designer-done");
        HorizontalLayout header = new HorizontalLayout(heading, status, save, done);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWidthFull();

        VerticalLayout left = new VerticalLayout(new DesignerActions(sectionTypes.available(),
                () -> selectInOutline(null), this::restructure), outline);
        left.setPadding(false);
        left.setHeightFull();

        editor.setId("designer-editor");
        editor.addClassName("qc-designer-editor");
        VerticalLayout middle = new VerticalLayout(editor, problems);
        middle.setPadding(false);

        SplitLayout inner = new SplitLayout(middle, preview);
        inner.setSplitterPosition(55);
        SplitLayout outer = new SplitLayout(left, inner);
        outer.setSplitterPosition(25);
        outer.setSizeFull();
        add(header, outer);
        expand(outer);
    }

    /** A structural edit: saved at once, then the outline is rebuilt and the edit's result selected. */
    private void restructure(OutlineEdits.Edit edit) {
        OutlineEdits.Outcome outcome = edit.apply(definition, selected);
        if (outcome.refusal() != null) {
            problems.show(getTranslation(outcome.refusal()), List.of());
        }
        if (outcome.changed()) {
            definition = outcome.definition();
            save();
            outline.show(definition);
            selectInOutline(outcome.select());
        }
    }

    private void selectInOutline(Path path) {
        outline.highlight(path);
        select(path);
    }

    /** Opens the editor of the selected node: the details ({@code null}), a section or an item. */
    private void select(Path path) {
        selected = path;
        editor.removeAll();
        NodeEditor.DraftChange change = this::edit;
        if (path == null) {
            editor.add(new DetailsEditor(definition, change));
        } else if (path.isSection()) {
            editor.add(DraftEditor.section(definition, path).plugin() != null
                    ? new PluginSectionEditor(definition, path, change, sectionTypes)
                    : new SectionEditor(definition, path, change));
        } else {
            editor.add(DraftEditor.item(definition, path) instanceof Question
                    ? new QuestionEditor(definition, path, change) : new TextBlockEditor(definition, path, change));
        }
        refreshPreviewAndProblems();
    }

    /** An edit in the open editor: the editor stays as it is (the user may be typing in it). */
    private void edit(UnaryOperator<TemplateDefinition> change, boolean outlineLabelsChanged) {
        definition = change.apply(definition);
        save();
        if (outlineLabelsChanged) {
            outline.show(definition);
            outline.highlight(selected);
        }
        refreshPreviewAndProblems();
    }

    // --- saving, preview, problems ---------------------------------------------------------------

    /** Autosave: every change goes to the database at once; a failure is shown, never swallowed. */
    private void save() {
        try {
            TemplateVersion saved = templates.saveDraft(version.id(), revision, definition);
            revision = saved.revision();
            status.setText(getTranslation("template.designer.saved"));
            status.getElement().setAttribute("data-state", "saved");
        } catch (TemplateException e) {
            status.setText(getTranslation("template.designer.notSaved", e.reason(getLocale())));
            status.getElement().setAttribute("data-state", "error");
        } catch (RuntimeException e) {
            status.setText(getTranslation("template.designer.databaseLost"));
            status.getElement().setAttribute("data-state", "error");
        }
    }

    private void refreshPreviewAndProblems() {
        preview.show(definition);
        List<Problem> found = templates.check(version.id(), definition);
        if (found.isEmpty()) {
            problems.clear();
        } else {
            problems.show(getTranslation("template.problems.count", found.size()), found);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("template.designer.pageTitle"));
    }
}
