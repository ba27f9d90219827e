package org.qconsole.template.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.qconsole.identity.Roles;
import org.qconsole.template.ShippedTemplates;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateImporter;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateSummary;
import org.qconsole.template.TemplateVersion;
import org.qconsole.common.ui.MenuSummary;

/** The secretariat's questionnaire templates: every version with its status; create and import. */
@Route("templates")
@Menu(title = "Templates", order = 40, icon = "vaadin:file-text-o")
@MenuSummary("menu.TemplatesView.summary")
@PageTitle("Templates · Questionnaire Console")
@RolesAllowed(Roles.SECRETARIAT)
class TemplatesView extends VerticalLayout {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("UTC"));

    private final transient TemplateService templates;
    private final Grid<Row> grid = new Grid<>();
    private final HorizontalLayout shipped = new HorizontalLayout();
    private final ProblemList problems = new ProblemList();

    /** One version in the list. */
    record Row(String code, long versionId, int number, String status, String title, String updated) {
    }

    public TemplatesView(TemplateService templates) {
        this.templates = templates;
        setId("templates");
        addClassName("qc-page");
        setSizeFull();
        Button create = new Button("New template", VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(create, importUpload());
        toolbar.setAlignItems(Alignment.CENTER);

        grid.setId("template-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::code).setHeader("Template").setAutoWidth(true);
        grid.addColumn(r -> "v" + r.number()).setHeader("Version").setAutoWidth(true);
        grid.addColumn(Row::status).setHeader("Status").setAutoWidth(true);
        grid.addColumn(Row::title).setHeader("Title").setFlexGrow(3);
        grid.addColumn(Row::updated).setHeader("Last change").setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().versionId()));

        add(new H1("Questionnaire templates"), toolbar, problems, shipped, grid);
        refresh();
    }

    private Upload importUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> importFile(bytes))));
        upload.setId("template-import");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(TemplateImporter.MAX_FILE_BYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig("The file is too large: " + TemplateImporter.SIZE_LIMIT + ".")
                .setIncorrectFileType("Only template files in JSON (.json) can be imported.")));
        upload.setDropLabel(new Span("Import a template JSON file"));
        upload.addFileRejectedListener(e -> problems.show("The file was not imported.",
                List.of(org.qconsole.template.Problem.of(e.getErrorMessage()))));
        return upload;
    }

    void importFile(byte[] bytes) {
        try {
            TemplateVersion imported = templates.importFile(bytes);
            problems.clear();
            open(imported.id());
        } catch (TemplateException e) {
            problems.show(e.getMessage(), e.problems());
        }
    }

    private void refresh() {
        List<TemplateSummary> summaries = templates.templates();
        grid.setItems(summaries.stream().flatMap(t -> t.versions().stream().map(v -> new Row(t.code(), v.id(),
                v.number(), v.status().label(), v.title(), WHEN.format(v.updatedAt()) + " by " + v.updatedBy())))
                .toList());
        shipped.removeAll();
        ShippedTemplates.ALL.stream()
                .filter(s -> summaries.stream().noneMatch(t -> t.code().equals(s.code())))
                .forEach(s -> {
                    Button load = new Button("Import " + s.description(), VaadinIcon.DOWNLOAD_ALT.create(), e -> {
                        try {
                            open(templates.importShipped(s.code()).id());
                        } catch (TemplateException ex) {
                            problems.show(ex.getMessage(), ex.problems());
                        }
                    });
                    load.setId("template-import-shipped-" + s.code());
                    load.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    shipped.add(new Span("Shipped with the console:"), load);
                });
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("New questionnaire template");
        TextField code = new TextField("Code");
        code.setId("template-new-code");
        code.setHelperText("Identifies the template everywhere, e.g. ICT-2026");
        code.setRequired(true);
        TextField title = new TextField("Title (English)");
        title.setId("template-new-title");
        title.setRequired(true);
        title.setWidthFull();
        Paragraph error = new Paragraph();
        error.setId("template-new-error");
        error.addClassName("qc-error");
        Button createButton = new Button("Create", e -> {
            try {
                TemplateVersion created = templates.create(code.getValue(), title.getValue());
                dialog.close();
                open(created.id());
            } catch (TemplateException ex) {
                error.setText(ex.getMessage());
            }
        });
        createButton.setId("template-new-create");
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(code, title, error));
        dialog.getFooter().add(new Button("Cancel", e -> dialog.close()), createButton);
        dialog.open();
    }

    private void open(long versionId) {
        UI.getCurrent().navigate(TemplateVersionView.class, versionId);
    }
}
