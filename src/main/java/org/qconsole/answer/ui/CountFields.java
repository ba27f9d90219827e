package org.qconsole.answer.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.BiConsumer;

/**
 * The fewest and the most of something the respondent adds (a table's rows, a group's repetitions), checked
 * together: each within its limit, the most at least one and not below the fewest. Only a valid pair is passed
 * on; an invalid one shows its error and leaves the last valid settings.
 */
final class CountFields extends HorizontalLayout {

    private final IntegerField fewest;
    private final IntegerField most;
    private final int limit;

    /** @param minLabel and {@code maxLabel}: the fields' labels ("Minimum rows", "Maximum rows") */
    CountFields(String idStem, String minLabel, String maxLabel, Integer min, Integer max, int limit,
            BiConsumer<Integer, Integer> valid) {
        this.limit = limit;
        fewest = field("answer-min-" + idStem, minLabel, min, "0");
        most = field("answer-max-" + idStem, maxLabel, max, String.valueOf(limit));
        SettingsFields.onUserEdit(fewest, v -> edited(valid));
        SettingsFields.onUserEdit(most, v -> edited(valid));
        setPadding(false);
        add(fewest, most);
    }

    private void edited(BiConsumer<Integer, Integer> valid) {
        Integer minValue = fewest.getValue();
        Integer maxValue = most.getValue();
        String minError = minValue != null && (minValue < 0 || minValue > limit)
                ? DesignerWords.translate("answer.count.range", 0, limit) : null;
        String maxError = maxValue != null && (maxValue < 1 || maxValue > limit)
                ? DesignerWords.translate("answer.count.range", 1, limit)
                : minValue != null && maxValue != null && minValue > maxValue
                        ? DesignerWords.translate("answer.count.maxBelowMin") : null;
        SettingsFields.error(fewest, minError);
        SettingsFields.error(most, maxError);
        if (minError == null && maxError == null) {
            valid.accept(minValue, maxValue);
        }
    }

    private static IntegerField field(String id, String label, Integer value, String placeholder) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setPlaceholder(placeholder);
        field.setValue(value);
        return field;
    }
}
