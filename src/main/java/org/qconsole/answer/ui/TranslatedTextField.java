package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import org.qconsole.answer.TranslatedAnswer;
import org.qconsole.model.Language;

/**
 * A long-text answer that the respondent may give in their own language with a version in another language
 * beside it (English unless they choose another): the two side by side, each saved with the answer. Ids:
 * {@code <id>} on the answer as written, {@code <id>-translate} on "Add a version in another language",
 * {@code <id>-translation} on the version, {@code <id>-translation-language} on its language and
 * {@code <id>-translation-remove} on its removal.
 */
final class TranslatedTextField implements AnswerField {

    private final AnswerField written;
    private final Language language;
    private final Runnable onChange;
    private final Box box;
    private final Div version = new Div();
    private final Select<Language> versionLanguage = new Select<>();
    private final TextArea versionText = new TextArea();
    private final Button add;
    private final Button remove;
    private boolean readOnly;

    TranslatedTextField(String id, AnswerField written, int maxLength, Language language, Runnable onChange) {
        this.written = written;
        this.language = language;
        this.onChange = onChange;
        this.box = new Box(written.component());
        written.component().setId(id);
        versionLanguage.setId(id + "-translation-language");
        versionLanguage.setLabel(FormWords.of(language, "answer.translation.language"));
        versionLanguage.setItems(Language.values());
        versionLanguage.setItemLabelGenerator(Language::nativeName);
        versionLanguage.setValue(Language.EN);
        versionLanguage.addValueChangeListener(e -> {
            labelVersion();
            onChange.run();
        });
        versionText.setId(id + "-translation");
        versionText.setMaxLength(maxLength);
        versionText.setValueChangeMode(ValueChangeMode.LAZY);
        versionText.setWidthFull();
        versionText.setMinHeight("8em");
        versionText.addValueChangeListener(e -> onChange.run());
        remove = new Button(FormWords.of(language, "answer.translation.remove"), VaadinIcon.CLOSE_SMALL.create(),
                e -> removeVersion());
        remove.setId(id + "-translation-remove");
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        version.add(versionLanguage, versionText, remove);
        version.addClassName("answer-version");
        add = new Button(FormWords.of(language, "answer.translation.add"), VaadinIcon.PLUS.create(), e -> showVersion());
        add.setId(id + "-translate");
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        FlexLayout sideBySide = new FlexLayout(written.component(), version);
        sideBySide.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        sideBySide.getStyle().set("gap", "var(--lumo-space-m)");
        sideBySide.setFlexBasis("20em", written.component(), version);
        sideBySide.setFlexGrow(1, written.component(), version);
        sideBySide.setWidthFull();
        box.add(sideBySide, add);
        box.setWidthFull();
        labelVersion();
        setVersionShown(false);
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public Optional<String> unreadable() {
        return written.unreadable();
    }

    @Override
    public JsonNode value() {
        JsonNode text = written.value();
        if (!version.isVisible() || versionText.isEmpty()) {
            return text;
        }
        return new TranslatedAnswer(text == null ? "" : text.asText(), versionLanguage.getValue(),
                versionText.getValue()).toJson();
    }

    @Override
    public void setValue(JsonNode value) {
        Optional<TranslatedAnswer> translated = TranslatedAnswer.of(value);
        written.setValue(translated.<JsonNode>map(answer -> AnswerFields.JSON.textNode(answer.written()))
                .orElse(value));
        versionLanguage.setValue(translated.map(TranslatedAnswer::language).orElse(Language.EN));
        versionText.setValue(translated.map(TranslatedAnswer::translation).orElse(""));
        setVersionShown(translated.isPresent());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        written.setReadOnly(readOnly);
        versionLanguage.setReadOnly(readOnly);
        versionText.setReadOnly(readOnly);
        setVersionShown(version.isVisible());
    }

    private void showVersion() {
        setVersionShown(true);
        versionText.focus();
    }

    private void removeVersion() {
        setVersionShown(false);
        versionText.clear();
        onChange.run();
    }

    private void setVersionShown(boolean shown) {
        version.setVisible(shown);
        add.setVisible(!shown && !readOnly);
        remove.setVisible(shown && !readOnly);
    }

    private void labelVersion() {
        versionText.setLabel(FormWords.of(language, "answer.translation.text", versionLanguage.getValue().nativeName()));
    }

    /** The answer and its version, labelled as the answer: the form's label goes to the answer as written. */
    private static final class Box extends Div implements HasAriaLabel {

        private final Component written;

        Box(Component written) {
            this.written = written;
        }

        @Override
        public void setAriaLabel(String label) {
            if (written instanceof HasAriaLabel labelled) {
                labelled.setAriaLabel(label);
            }
        }

        @Override
        public Optional<String> getAriaLabel() {
            return written instanceof HasAriaLabel labelled ? labelled.getAriaLabel() : Optional.empty();
        }
    }
}
