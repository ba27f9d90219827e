package org.qconsole.template;

import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Footnote;
import org.qconsole.model.Item;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/** A small questionnaire using every answer kind and a conditional sub-question. */
public final class TemplateFixtures {

    private TemplateFixtures() {
    }

    public static TemplateDefinition everyKind() {
        Question child = question("q1a_which", "1.a", "If yes, which ones?", new AnswerSpec.MultipleChoice(
                List.of(option("email", "Email"), option("video", "Videoconference")),
                LocalizedText.en("Other, please specify")), List.of());
        child = withVisibleWhen(child, new Condition.Equals("q1_used", TextNode.valueOf("yes")));
        Question parent = new Question("q1_used", "1", new LocalizedText(Map.of(Language.EN, "Do you use <b>ICT</b>?",
                Language.FR, "Utilisez-vous les TIC ?")), LocalizedText.en("Think of the last year."),
                new AnswerSpec.YesNo(), true, null, null,
                List.of(new Footnote("1", LocalizedText.en("See <a href=\"https://example.org\">the note</a>."))),
                List.of(child));
        List<Item> items = List.of(parent,
                question("q2_tool", "2", "Which tool matters most?", new AnswerSpec.SingleChoice(
                        List.of(option("a", "Tool A"), option("b", "Tool B")), AnswerSpec.Display.DROPDOWN), List.of()),
                question("q3_name", "3", "Name of the authority", new AnswerSpec.ShortText(200), List.of()),
                question("q4_details", "4", "Please elaborate.", new AnswerSpec.LongText(5000), List.of()),
                question("q5_cases", "5", "How many cases?", new AnswerSpec.NumberAnswer(true, BigDecimal.ZERO,
                        BigDecimal.valueOf(100000), LocalizedText.en("cases")), List.of()),
                question("q6_since", "6", "Since when?", new AnswerSpec.DateAnswer(LocalDate.of(2000, 1, 1), null),
                        List.of()),
                question("q7_requests", "7", "Requests per year", new AnswerSpec.Grid(
                        List.of(new AnswerSpec.Row("y2022", LocalizedText.en("2022")),
                                new AnswerSpec.Row("y2023", LocalizedText.en("2023"))),
                        List.of(column("sent", "Sent", AnswerSpec.ColumnType.NUMBER),
                                column("secure", "Secure channel", AnswerSpec.ColumnType.CHECKBOX))), List.of()),
                question("q8_authorities", "8", "Authorities", new AnswerSpec.Table(
                        List.of(column("name", "Name", AnswerSpec.ColumnType.TEXT),
                                new AnswerSpec.Column("kind", LocalizedText.en("Kind"), AnswerSpec.ColumnType.CHOICE,
                                        List.of(option("police", "Police"), option("prosecution", "Prosecution")))),
                        1, 10), List.of()),
                new TextBlock("t9_thanks", LocalizedText.en("Thank you."), null));
        return new TemplateDefinition(LocalizedText.en("ICT use"), "CU 2026/1", LocalizedText.en("<p>Introduction</p>"),
                List.of(), List.of(new Section("s1_general", "I", LocalizedText.en("General"), LocalizedText.EMPTY,
                        List.of(), items, null)));
    }

    /**
     * {@link #everyKind()} as a valid template file of about {@code megabytes} MB (at most 3): its eight
     * questions get long help texts in English, French, Spanish and Russian.
     */
    public static byte[] largeFile(String code, double megabytes) {
        var document = (com.fasterxml.jackson.databind.node.ObjectNode) org.qconsole.template.model.TemplateJson
                .mapper().valueToTree(org.qconsole.template.model.TemplateDocument.of(code, everyKind()));
        var items = document.get("version").get("sections").get(0).get("items");
        int length = (int) (megabytes * 1024 * 1024 / 32);
        for (int i = 0; i < 8; i++) {
            var help = ((com.fasterxml.jackson.databind.node.ObjectNode) items.get(i)).putObject("help");
            for (String language : List.of("en", "fr", "es", "ru")) {
                help.put(language, (language + " help " + i + " ").repeat(length / 10 + 1).substring(0, length));
            }
        }
        return document.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Imports {@link #everyKind()} as a new template (code {@code prefix-<random>}) and publishes it. */
    /** A new template whose first draft is {@link #everyKind()}, its code starting with {@code prefix}. */
    public static TemplateVersion draftOfEveryKind(TemplateService templates, String prefix) {
        TemplateVersion created = templates.create(prefix + "-" + java.util.UUID.randomUUID().toString()
                .substring(0, 6).toUpperCase(), "ICT use");
        return templates.saveDraft(created.id(), created.revision(), everyKind());
    }

    public static TemplateVersion publishEveryKind(TemplateService templates, String prefix) {
        return publish(templates, prefix, everyKind());
    }

    /** {@link #everyKind()} with a section of each shipped plugin: contact details, ICT inventory, GlobE. */
    public static TemplateDefinition withPluginSections() {
        TemplateDefinition d = everyKind();
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        var contact = json.objectNode();
        contact.putArray("required").add("name").add("email");
        var inventory = json.objectNode().put("minRows", 1).put("maxRows", 3);
        var globe = json.objectNode();
        globe.putArray("authorities").add(json.objectNode().put("key", "fiu").put("name", "Financial intelligence unit"));
        List<Section> sections = new java.util.ArrayList<>(d.sections());
        sections.add(pluginSection("s2_contact", "II", "Contact", "contact-details", contact));
        sections.add(pluginSection("s3_inventory", "III", "ICT tools", "ict-inventory", inventory));
        sections.add(pluginSection("s4_globe", "IV", "GlobE Network", "globe-membership", globe));
        return new TemplateDefinition(d.title(), d.circularReference(), d.introduction(), d.footnotes(), sections);
    }

    public static Section pluginSection(String key, String number, String title, String type,
            com.fasterxml.jackson.databind.JsonNode configuration) {
        return new Section(key, number, LocalizedText.en(title), LocalizedText.EMPTY, List.of(), List.of(),
                new org.qconsole.model.PluginSection(type, "1.0.0", configuration));
    }

    /** Imports a definition as a new template ({@code prefix-<random>}) and publishes it. */
    public static TemplateVersion publish(TemplateService templates, String prefix, TemplateDefinition definition) {
        String code = prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TemplateVersion draft = templates.importFile(org.qconsole.template.model.TemplateJson.write(
                org.qconsole.template.model.TemplateDocument.of(code, definition))
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return templates.publish(draft.id());
    }

    public static Question question(String key, String number, String text, AnswerSpec answer, List<Item> items) {
        return new Question(key, number, LocalizedText.en(text), LocalizedText.EMPTY, answer, false, null, null,
                List.of(), items);
    }

    /** The same question, required (and shown always, without sub-items' conditions changed). */
    public static Question required(Question q) {
        return new Question(q.key(), q.number(), q.text(), q.help(), q.answer(), true, null, q.visibleWhen(),
                q.footnotes(), q.items());
    }

    public static Question withVisibleWhen(Question q, Condition condition) {
        return new Question(q.key(), q.number(), q.text(), q.help(), q.answer(), q.required(), q.requiredWhen(),
                condition, q.footnotes(), q.items());
    }

    public static AnswerSpec.Option option(String value, String label) {
        return new AnswerSpec.Option(value, LocalizedText.en(label));
    }

    static AnswerSpec.Column column(String key, String label, AnswerSpec.ColumnType type) {
        return new AnswerSpec.Column(key, LocalizedText.en(label), type, List.of());
    }

    /** The same definition with the first section's items replaced. */
    public static TemplateDefinition withItems(TemplateDefinition d, List<Item> items) {
        Section s = d.sections().get(0);
        return new TemplateDefinition(d.title(), d.circularReference(), d.introduction(), d.footnotes(),
                List.of(new Section(s.key(), s.number(), s.title(), s.introduction(), s.footnotes(), items, s.plugin())));
    }
}
