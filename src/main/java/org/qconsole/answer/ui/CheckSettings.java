package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.CompareWith;
import org.qconsole.model.FormatType;
import org.qconsole.model.Relation;
import org.qconsole.model.TextFormat;
import org.qconsole.model.LocalizedText;
import org.qconsole.common.Phrase;

/**
 * The designer's settings of the checks an answer must pass beyond its kind (docs/template-format.md, "Checks"):
 * a short text's format ({@code answer-format}, {@code answer-pattern}, the message {@code answer-format-message-xx}
 * in each language), a number compared with an earlier number question ({@code answer-compare-question} by key,
 * {@code answer-compare-operator}, {@code answer-compare-message-xx}) and the total of a multiple choice's number
 * boxes ({@code answer-total}). A pattern that cannot work shows its problem on the field and is not kept.
 */
final class CheckSettings {

    private static final String NO_FORMAT = "";

    private CheckSettings() {
    }

    /** A short text: its maximum length, then its format. */
    static Component shortText(AnswerSpec.ShortText spec, Consumer<AnswerSpec> onEdit) {
        AnswerSpec.ShortText[] current = {spec};
        Component length = SimpleSettings.shortText(spec, edited -> {
            current[0] = new AnswerSpec.ShortText(((AnswerSpec.ShortText) edited).maxLength(), current[0].format());
            onEdit.accept(current[0]);
        });
        Select<String> type = new Select<>();
        type.setId("answer-format");
        type.setLabel(DesignerWords.translate("answer.check.format"));
        type.setItems(NO_FORMAT, "email", "url", "phone", "pattern");
        type.setItemLabelGenerator(CheckSettings::formatLabel);
        TextFormat format = spec.format();
        type.setValue(format == null || format.type() == null ? NO_FORMAT : json(format.type()));
        TextField pattern = SettingsFields.lazyTextField("answer-pattern",
                DesignerWords.translate("answer.check.pattern"), format == null ? "" : format.pattern());
        pattern.setWidthFull();
        pattern.setHelperText(DesignerWords.translate("answer.check.patternHelp", "[A-Z]{2}-[0-9]{4}"));
        MessageFields message = new MessageFields("answer-format-message",
                DesignerWords.translate("answer.check.formatMessage"), format == null ? null : format.message());
        Runnable edited = () -> {
            pattern.setVisible("pattern".equals(type.getValue()));
            message.setVisible(!NO_FORMAT.equals(type.getValue()));
            Optional<TextFormat> chosen = format(type.getValue(), pattern, message.value());
            if (chosen.isPresent() || NO_FORMAT.equals(type.getValue())) {
                current[0] = new AnswerSpec.ShortText(current[0].maxLength(), chosen.orElse(null));
                onEdit.accept(current[0]);
            }
        };
        pattern.setVisible("pattern".equals(type.getValue()));
        message.setVisible(!NO_FORMAT.equals(type.getValue()));
        SettingsFields.onUserEdit(type, v -> edited.run());
        SettingsFields.onUserEdit(pattern, v -> edited.run());
        message.onEdit(edited);
        return column(length, type, pattern, message);
    }

    /** The format chosen, or empty when it cannot be kept (no format, or a pattern with a problem, shown). */
    private static Optional<TextFormat> format(String type, TextField pattern, LocalizedText message) {
        if (NO_FORMAT.equals(type)) {
            return Optional.empty();
        }
        FormatType formatType = FormatType.valueOf(type.toUpperCase(java.util.Locale.ROOT));
        String regex = formatType == FormatType.PATTERN ? pattern.getValue().strip() : null;
        TextFormat format = new TextFormat(formatType, regex, message.isEmpty() ? null : message);
        Optional<Phrase> problem = formatType == FormatType.PATTERN ? Settings.patternProblem(regex) : Optional.empty();
        SettingsFields.error(pattern, problem.map(p -> DesignerWords.translate("answer.check.patternProblem", p))
                .orElse(null));
        return problem.isPresent() ? Optional.empty() : Optional.of(format);
    }

    /** A number: its bounds and unit, then the comparison with an earlier question's answer. */
    static Component number(AnswerSpec.NumberAnswer spec, Consumer<AnswerSpec> onEdit) {
        AnswerSpec.NumberAnswer[] current = {spec};
        Component bounds = SimpleSettings.number(spec, edited -> {
            current[0] = compared((AnswerSpec.NumberAnswer) edited, current[0].compareWith());
            onEdit.accept(current[0]);
        });
        CompareWith compare = spec.compareWith();
        TextField question = SettingsFields.lazyTextField("answer-compare-question",
                DesignerWords.translate("answer.check.compareQuestion"),
                compare == null ? "" : compare.question());
        question.setWidth("24em");
        Select<Relation> operator = new Select<>();
        operator.setId("answer-compare-operator");
        operator.setLabel(DesignerWords.translate("answer.check.operator"));
        operator.setItems(Relation.values());
        operator.setItemLabelGenerator(relation -> DesignerWords.translate(relation.messageKey()));
        operator.setValue(compare == null || compare.operator() == null ? Relation.LE : compare.operator());
        MessageFields message = new MessageFields("answer-compare-message",
                DesignerWords.translate("answer.check.compareMessage"), compare == null ? null : compare.message());
        Runnable edited = () -> {
            String key = question.getValue().strip();
            CompareWith check = key.isEmpty() ? null
                    : new CompareWith(key, operator.getValue(), message.value().isEmpty() ? null : message.value());
            current[0] = compared(current[0], check);
            onEdit.accept(current[0]);
        };
        SettingsFields.onUserEdit(question, v -> edited.run());
        SettingsFields.onUserEdit(operator, v -> edited.run());
        message.onEdit(edited);
        HorizontalLayout comparison = new HorizontalLayout(question, operator);
        comparison.setPadding(false);
        comparison.setWrap(true);
        return column(bounds, comparison, message);
    }

    /** These number settings compared with another answer, or not ({@code null}). */
    private static AnswerSpec.NumberAnswer compared(AnswerSpec.NumberAnswer spec, CompareWith check) {
        return new AnswerSpec.NumberAnswer(spec.integer(), spec.min(), spec.max(), spec.unit(), check);
    }

    /** The total the numbers in a multiple choice's boxes must add up to; empty for none. */
    static BigDecimalField total(BigDecimal total, Consumer<BigDecimal> onEdit) {
        BigDecimalField field = new BigDecimalField(DesignerWords.translate("answer.check.total"));
        field.setId("answer-total");
        field.setHelperText(DesignerWords.translate("answer.check.totalHelp"));
        field.setValue(total);
        SettingsFields.onUserEdit(field, onEdit);
        return field;
    }

    private static String formatLabel(String type) {
        return DesignerWords.translate(switch (type) {
            case "email" -> "answer.format.email";
            case "url" -> "answer.format.url";
            case "phone" -> "answer.format.phone";
            case "pattern" -> "answer.format.pattern";
            default -> "answer.format.any";
        });
    }

    private static String json(FormatType type) {
        return type.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static Component column(Component... components) {
        VerticalLayout layout = new VerticalLayout(components);
        layout.setPadding(false);
        return layout;
    }
}
