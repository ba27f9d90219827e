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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qconsole.common.ui.Dates;
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
@RolesAllowed(Roles.SECRETARIAT)
class TemplatesView extends VerticalLayout implements HasDynamicTitle {


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
        Button create = new Button(getTranslation("template.list.new"), VaadinIcon.PLUS.create(), e -> openCreateDialog());
        create.setId("template-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(create, importUpload());
        toolbar.setAlignItems(Alignment.CENTER);

        grid.setId("template-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(Row::code).setHeader(getTranslation("template.list.template")).setAutoWidth(true);
        grid.addColumn(r -> "v" + r.number()).setHeader(getTranslation("template.item.VERSION")).setAutoWidth(true);
        grid.addColumn(Row::status).setHeader(getTranslation("template.list.status")).setAutoWidth(true);
        grid.addColumn(Row::title).setHeader(getTranslation("template.list.title")).setFlexGrow(3);
        grid.addColumn(Row::updated).setHeader(getTranslation("template.list.lastChange")).setAutoWidth(true);
        grid.addItemClickListener(e -> open(e.getItem().versionId()));

        add(new H1(getTranslation("template.list.heading")), toolbar, problems, shipped, grid);
        refresh();
    }

    private Upload importUpload() {
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> importFile(bytes))));
        upload.setId("template-import");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFileSize(TemplateImporter.MAX_FILE_BYTES);
        upload.setI18n(new UploadI18N().setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("template.list.tooBig",
                        TemplateImporter.MAX_FILE_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("template.list.wrongType"))));
        upload.setDropLabel(new Span(getTranslation("template.list.drop")));
        upload.addFileRejectedListener(e -> problems.show(getTranslation("template.file.notImported"),
                List.of(org.qconsole.template.Problem.of(e.getErrorMessage()))));
        return upload;
    }

    void importFile(byte[] bytes) {
        try {
            TemplateVersion imported = templates.importFile(bytes);
            problems.clear();
            open(imported.id());
        } catch (TemplateException e) {
            problems.show(e.reason(getLocale()), e.problems());
        }
    }

    private void refresh() {
        List<TemplateSummary> summaries = templates.templates();
        grid.setItems(summaries.stream().flatMap(t -> t.versions().stream().map(v -> new Row(t.code(), v.id(),
                v.number(), getTranslation(v.status().messageKey()), v.title(),
                getTranslation("template.list.updated", Dates.moment(v.updatedAt()), v.updatedBy()))))
                .toList());
        shipped.removeAll();
        ShippedTemplates.ALL.stream()
                .filter(s -> summaries.stream().noneMatch(t -> t.code().equals(s.code())))
                .forEach(s -> {
                    Button load = new Button(getTranslation("template.list.importShipped", s.description()),
                            VaadinIcon.DOWNLOAD_ALT.create(), e -> {
                        try {
                            open(templates.importShipped(s.code()).id());
                        } catch (TemplateException ex) {
                            problems.show(ex.reason(getLocale()), ex.problems());
                        }
                    });
                    load.setId("template-import-shipped-" + s.code());
                    load.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                    shipped.add(new Span(getTranslation("template.list.shipped")), load);
                });
    }

    private void openCreateDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("template.new.heading"));
        TextField code = new TextField(getTranslation("template.new.code"));
        code.setId("template-new-code");
        code.setHelperText(getTranslation("template.new.codeHelp"));
        code.setRequired(true);
        TextField title = new TextField(getTranslation("template.new.title"));
        title.setId("template-new-title");
        title.setRequired(true);
        title.setWidthFull();
        Paragraph error = new Paragraph();
        error.setId("template-new-error");
        error.addClassName("qc-error");
        Button createButton = new Button(getTranslation("template.new.create"), e -> {
            try {
                TemplateVersion created = templates.create(code.getValue(), title.getValue());
                dialog.close();
                open(created.id());
            } catch (TemplateException ex) {
                error.setText(ex.reason(getLocale()));
            }
        });
        createButton.setId("template-new-create");
        createButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(code, title, error));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), createButton);
        dialog.open();
    }

    private void open(long versionId) {
        UI.getCurrent().navigate(TemplateVersionView.class, versionId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.TemplatesView"));
    }
}
