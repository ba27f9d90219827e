package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.OptionList;

/** The designer's editor of each kind's settings; {@code null} for a kind without settings. */
record SettingsEditors(Consumer<AnswerSpec> onEdit, List<OptionList> optionLists, ConditionFields conditionFields)
        implements AnswerSpec.Visitor<Component> {

    @Override
    public Component yesNo(AnswerSpec.YesNo spec) {
        return null;
    }

    @Override
    public Component singleChoice(AnswerSpec.SingleChoice spec) {
        return ChoiceSettings.single(spec, optionLists, onEdit);
    }

    @Override
    public Component multipleChoice(AnswerSpec.MultipleChoice spec) {
        return ChoiceSettings.multiple(spec, optionLists, onEdit);
    }

    @Override
    public Component shortText(AnswerSpec.ShortText spec) {
        return CheckSettings.shortText(spec, onEdit);
    }

    @Override
    public Component longText(AnswerSpec.LongText spec) {
        return SimpleSettings.longText(spec, onEdit);
    }

    @Override
    public Component number(AnswerSpec.NumberAnswer spec) {
        return CheckSettings.number(spec, onEdit);
    }

    @Override
    public Component date(AnswerSpec.DateAnswer spec) {
        return SimpleSettings.date(spec, onEdit);
    }

    @Override
    public Component grid(AnswerSpec.Grid spec) {
        return TableSettings.grid(spec, optionLists, onEdit);
    }

    @Override
    public Component table(AnswerSpec.Table spec) {
        return TableSettings.table(spec, optionLists, onEdit);
    }

    @Override
    public Component links(AnswerSpec.Links spec) {
        return LinksSettings.editor(spec, onEdit);
    }

    @Override
    public Component repeatingGroup(AnswerSpec.RepeatingGroup spec) {
        return RepeatingGroupSettings.editor(spec, optionLists, conditionFields, onEdit);
    }

    @Override
    public Component custom(AnswerSpec.Custom spec) {
        return null; // kinds from providers are set in the template's JSON
    }

    @Override
    public Component documents(AnswerSpec.Documents spec) {
        return DocumentsSettings.editor(spec, onEdit);
    }
}
