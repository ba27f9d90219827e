package org.qconsole.template.ui;

import java.util.List;
import java.util.Locale;
import org.qconsole.common.ui.ConsoleMessages;
import org.qconsole.plugin.SectionTypeInfo;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.DraftEditor.Path;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.PluginSection;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/**
 * The designer's structural edits (add, move, duplicate, delete) relative to what is selected: where a new
 * section or item goes and what is selected afterwards. Kept apart from the view so it can be tested
 * without a browser; {@code null} as the selection stands for the questionnaire's details.
 */
final class OutlineEdits {

    /**
     * The English texts a new section or item starts with: questionnaire content, written in English first
     * whatever the console's language, and replaced by the secretariat.
     */
    private static final ConsoleMessages MESSAGES = new ConsoleMessages();

    /**
     * The draft after an edit and what to select; or no draft, when there was nothing to do (then
     * {@code refusal}, if set, is the key of the message telling the user why).
     */
    record Outcome(TemplateDefinition definition, Path select, String refusal) {

        static Outcome done(TemplateDefinition definition, Path select) {
            return new Outcome(definition, select, null);
        }

        static Outcome refused(String why) {
            return new Outcome(null, null, why);
        }

        /** Nothing selected that the edit applies to: the button does nothing, as there is nothing to say. */
        static Outcome unchanged() {
            return new Outcome(null, null, null);
        }

        boolean changed() {
            return definition != null;
        }
    }

    /** One of the edits below, as a button runs it on the current draft and selection. */
    @FunctionalInterface
    interface Edit {
        Outcome apply(TemplateDefinition definition, Path selected);
    }

    private OutlineEdits() {
    }

    /** A new, empty section after the selected one's section (at the end when nothing is selected). */
    static Outcome addSection(TemplateDefinition definition, Path selected) {
        Section section = new Section(DraftEditor.freshKey(definition, "section"), "", english("template.outline.new.section"),
                LocalizedText.EMPTY, List.of(), List.of(), null);
        return insertSection(definition, selected, section);
    }

    /** A section whose content a plugin provides, with the plugin's default configuration. */
    static Outcome addPluginSection(TemplateDefinition definition, Path selected, SectionTypeInfo type) {
        String key = DraftEditor.freshKey(definition, type.id().replace('-', '_'));
        Section section = new Section(key, "", LocalizedText.en(type.displayName("en")), LocalizedText.EMPTY,
                List.of(), List.of(), new PluginSection(type.id(), type.pluginVersion(), type.defaultConfiguration()));
        return insertSection(definition, selected, section);
    }

    private static Outcome insertSection(TemplateDefinition definition, Path selected, Section section) {
        int at = selected == null ? definition.sections().size() : selected.section() + 1;
        return Outcome.done(DraftEditor.addSection(definition, at, section), Path.ofSection(at));
    }

    /**
     * A new question or text block: at the end of a selected section, after a selected item, or (as a
     * sub-question) at the end of a selected question's sub-items. With nothing selected it goes at the
     * end of the last section.
     */
    static Outcome addItem(TemplateDefinition definition, Path selected, boolean text, boolean asChild) {
        if (selected == null) {
            if (definition.sections().isEmpty()) {
                return Outcome.refused("template.outline.refusal.section");
            }
            selected = Path.ofSection(definition.sections().size() - 1);
        }
        Path parent;
        int at;
        if (selected.isSection() || asChild && takesSubItems(DraftEditor.item(definition, selected))) {
            parent = selected;
            at = DraftEditor.children(definition, parent).size();
        } else {
            parent = selected.parent();
            at = selected.last() + 1;
        }
        if (asChild && parent.isSection()) {
            return Outcome.refused("template.outline.refusal.subquestion");
        }
        Item item = text
                ? new TextBlock(DraftEditor.freshKey(definition, "text"), english("template.outline.new.text"), null)
                : new Question(DraftEditor.freshKey(definition, "q"), "", english("template.outline.new.question"),
                        LocalizedText.EMPTY, new AnswerSpec.YesNo(), false, null, null, List.of(), List.of());
        return Outcome.done(DraftEditor.addItem(definition, parent, at, item), parent.child(at));
    }

    private static LocalizedText english(String key) {
        return LocalizedText.en(MESSAGES.getTranslation(key, Locale.ENGLISH));
    }

    /** Questions and numbered texts (headings) have sub-questions; a plain text does not. */
    private static boolean takesSubItems(Item item) {
        return item instanceof Question || !item.number().isBlank();
    }

    /** One place up ({@code -1}) or down ({@code 1}) among its siblings; the selection follows it. */
    static Outcome move(TemplateDefinition definition, Path selected, int delta) {
        if (selected == null) {
            return Outcome.unchanged();
        }
        if (selected.isSection()) {
            int target = selected.section() + delta;
            boolean inside = target >= 0 && target < definition.sections().size();
            return Outcome.done(DraftEditor.moveSection(definition, selected.section(), delta),
                    inside ? Path.ofSection(target) : selected);
        }
        int target = selected.last() + delta;
        boolean inside = target >= 0 && target < DraftEditor.children(definition, selected.parent()).size();
        return Outcome.done(DraftEditor.moveItem(definition, selected, delta),
                inside ? selected.withLast(target) : selected);
    }

    /** A copy of the selected item right after it, selected. */
    static Outcome duplicate(TemplateDefinition definition, Path selected) {
        if (selected == null || selected.isSection()) {
            return Outcome.unchanged();
        }
        return Outcome.done(DraftEditor.duplicateItem(definition, selected), selected.withLast(selected.last() + 1));
    }

    /** The selected section or item is removed with its content; the details are selected. */
    static Outcome delete(TemplateDefinition definition, Path selected) {
        if (selected == null) {
            return Outcome.unchanged();
        }
        return Outcome.done(selected.isSection() ? DraftEditor.removeSection(definition, selected.section())
                : DraftEditor.removeItem(definition, selected), null);
    }
}
