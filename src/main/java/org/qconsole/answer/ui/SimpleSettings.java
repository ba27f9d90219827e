package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Consumer;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The settings of short and long texts ({@code answer-max-length}), numbers ({@code answer-integer},
 * {@code answer-min}, {@code answer-max}, {@code answer-unit}) and dates ({@code answer-min-date},
 * {@code answer-max-date}). An invalid entry shows an error on its field and keeps the last valid settings.
 */
final class SimpleSettings {


    private SimpleSettings() {
    }

    static Component shortText(AnswerSpec.ShortText spec, Consumer<AnswerSpec> onEdit) {
        return maxLength(spec.maxLength(), AnswerSpec.ShortText.DEFAULT_MAX_LENGTH, Settings.MAX_SHORT_TEXT_LENGTH,
                length -> onEdit.accept(new AnswerSpec.ShortText(length)));
    }

    static Component longText(AnswerSpec.LongText spec, Consumer<AnswerSpec> onEdit) {
        return maxLength(spec.maxLength(), AnswerSpec.LongText.DEFAULT_MAX_LENGTH, Settings.MAX_TEXT_LENGTH,
                length -> onEdit.accept(new AnswerSpec.LongText(length)));
    }

    private static Component maxLength(Integer value, int defaultLength, int limit, Consumer<Integer> onEdit) {
        IntegerField field = new IntegerField(DesignerWords.translate("answer.text.maxLength"));
        field.setId("answer-max-length");
        field.setManualValidation(true);
        field.setPlaceholder(String.valueOf(defaultLength));
        field.setHelperText(DesignerWords.translate("answer.limit.help", defaultLength, limit));
        field.setWidth("16em");
        field.setValue(value);
        SettingsFields.onUserEdit(field, length -> {
            if (length != null && (length < 1 || length > limit)) {
                SettingsFields.error(field, DesignerWords.translate("answer.limit.error", limit, defaultLength));
            } else {
                SettingsFields.error(field, null);
                onEdit.accept(length);
            }
        });
        return field;
    }

    static Component number(AnswerSpec.NumberAnswer spec, Consumer<AnswerSpec> onEdit) {
        Checkbox integer = new Checkbox(DesignerWords.translate("answer.number.integer"), spec.integer());
        integer.setId("answer-integer");
        BigDecimalField min = decimalField("answer-min", DesignerWords.translate("answer.number.min"), spec.min());
        BigDecimalField max = decimalField("answer-max", DesignerWords.translate("answer.number.max"), spec.max());
        TextField unit = SettingsFields.lazyTextField("answer-unit", DesignerWords.translate("answer.number.unit"),
                spec.unit() == null ? "" : spec.unit().english());
        unit.setPlaceholder(DesignerWords.translate("answer.number.unitExample"));
        LocalizedText[] lastUnit = {spec.unit()};
        Runnable edited = () -> {
            String minError = integer.getValue() && hasDecimals(min.getValue())
                    ? DesignerWords.translate("answer.number.wholeError") : null;
            String maxError = integer.getValue() && hasDecimals(max.getValue())
                    ? DesignerWords.translate("answer.number.wholeError")
                    : min.getValue() != null && max.getValue() != null && min.getValue().compareTo(max.getValue()) > 0
                            ? DesignerWords.translate("answer.count.maxBelowMin") : null;
            SettingsFields.error(min, minError);
            SettingsFields.error(max, maxError);
            if (minError == null && maxError == null) {
                lastUnit[0] = unit(lastUnit[0], unit.getValue());
                onEdit.accept(new AnswerSpec.NumberAnswer(integer.getValue(), min.getValue(), max.getValue(),
                        lastUnit[0]));
            }
        };
        SettingsFields.onUserEdit(integer, v -> edited.run());
        SettingsFields.onUserEdit(min, v -> edited.run());
        SettingsFields.onUserEdit(max, v -> edited.run());
        SettingsFields.onUserEdit(unit, v -> edited.run());
        HorizontalLayout bounds = new HorizontalLayout(min, max, unit);
        bounds.setPadding(false);
        bounds.setWrap(true);
        return column(integer, bounds);
    }

    static Component date(AnswerSpec.DateAnswer spec, Consumer<AnswerSpec> onEdit) {
        DatePicker min = datePicker("answer-min-date", DesignerWords.translate("answer.date.min"), spec.min());
        DatePicker max = datePicker("answer-max-date", DesignerWords.translate("answer.date.max"), spec.max());
        Consumer<LocalDate> edited = v -> {
            boolean inOrder = min.getValue() == null || max.getValue() == null || !min.getValue().isAfter(max.getValue());
            SettingsFields.error(max, inOrder ? null : DesignerWords.translate("answer.date.order"));
            if (inOrder) {
                onEdit.accept(new AnswerSpec.DateAnswer(min.getValue(), max.getValue()));
            }
        };
        SettingsFields.onUserEdit(min, edited);
        SettingsFields.onUserEdit(max, edited);
        HorizontalLayout bounds = new HorizontalLayout(min, max);
        bounds.setPadding(false);
        return bounds;
    }

    /** The unit with its English replaced; {@code null} when it has no text left. */
    private static LocalizedText unit(LocalizedText previous, String english) {
        LocalizedText unit = previous == null ? LocalizedText.en(english.trim())
                : previous.with(Language.EN, english.trim());
        return unit.isEmpty() ? null : unit;
    }

    private static boolean hasDecimals(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }

    private static BigDecimalField decimalField(String id, String label, BigDecimal value) {
        BigDecimalField field = new BigDecimalField(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setValue(value);
        return field;
    }

    private static DatePicker datePicker(String id, String label, LocalDate value) {
        DatePicker picker = new DatePicker(label);
        picker.setId(id);
        picker.setManualValidation(true);
        picker.setClearButtonVisible(true);
        picker.setValue(value);
        return picker;
    }

    private static Component column(Component... components) {
        com.vaadin.flow.component.orderedlayout.VerticalLayout layout =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(components);
        layout.setPadding(false);
        return layout;
    }
}
