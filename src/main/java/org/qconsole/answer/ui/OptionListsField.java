package org.qconsole.answer.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.qconsole.model.OptionList;

/**
 * Edits a version's shared option lists ({@code details-option-lists}, see {@link OptionListLines}). An invalid
 * text shows its problems on the field and keeps the last valid lists.
 */
public class OptionListsField extends Composite<TextArea> {

    private final List<Consumer<List<OptionList>>> editListeners = new ArrayList<>();
    private List<OptionList> value = List.of();

    /** @param inUse the lists questions use now, asked at each edit (they may not be removed) */
    public OptionListsField(String id, Supplier<Set<String>> inUse) {
        TextArea area = getContent();
        area.setLabel(DesignerWords.translate("answer.lists.label"));
        area.setId(id);
        area.setWidthFull();
        area.setHelperText(DesignerWords.translate("answer.lists.help"));
        area.setManualValidation(true);
        area.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        area.setValueChangeTimeout(SettingsFields.LAZY_TIMEOUT_MS);
        SettingsFields.onUserEdit(area, text -> {
            OptionLines.Parsed<OptionList> parsed = OptionListLines.parse(text, value, inUse.get());
            SettingsFields.error(area, parsed.ok() ? null : parsed.errorMessage());
            if (parsed.ok()) {
                value = parsed.items();
                editListeners.forEach(listener -> listener.accept(value));
            }
        });
    }

    /** The lists as last edited or set. */
    public List<OptionList> getValue() {
        return value;
    }

    public void setValue(List<OptionList> lists) {
        value = List.copyOf(lists);
        getContent().setValue(OptionListLines.format(lists));
        SettingsFields.error(getContent(), null);
    }

    public void addEditListener(Consumer<List<OptionList>> listener) {
        editListeners.add(listener);
    }
}
