package org.qconsole.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Footnote;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.TextBlock;

/**
 * A questionnaire whose designer put markup in every text, sent to Sweden, whose focal point typed
 * script and spreadsheet formulas into every free-text answer; returned by the secretariat with a
 * hostile comment. France's assignment is withdrawn with a formula as the reason.
 */
final class HostileResponse {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    /** Free-text answers: question (or column) key in the export → what the country typed. */
    static final Map<String, String> ANSWERS = answers();

    /** Designer texts: where → the text as the designer typed it. */
    static final Map<String, String> DESIGNER_TEXTS = designerTexts();

    static final String COMMENT = "<script>alert('comment')</script> Please check";
    static final String WITHDRAWN = "=cmd|' /C calc'!A0 withdrawn";

    final long version;
    final long campaign;
    final long sweden;
    final long france;

    private HostileResponse(long version, long campaign, long sweden, long france) {
        this.version = version;
        this.campaign = campaign;
        this.sweden = sweden;
        this.france = france;
    }

    static HostileResponse create(TemplateService templates, AssignmentService assignments, AnswerService answers,
            ResponseWorkflow workflow, ConsoleOidcUserService users) {
        SignIn.as(users, "secretariat");
        String code = "ATTACK-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        TemplateVersion draft = templates.create(code, "placeholder");
        // Through the designer's save, which sanitizes rich text (an import would refuse it outright).
        draft = templates.saveDraft(draft.id(), draft.revision(), definition());
        long version = templates.publish(draft.id()).id();
        long campaign = assignments.create(new NewCampaign(version, "Attack <script>alert('campaign')</script>",
                "", LocalDate.now().plusDays(20), Set.of("SWE", "FRA"))).id();
        List<Assignment> sent = assignments.assignments(campaign);
        long sweden = of(sent, "SWE");
        long france = of(sent, "FRA");
        assignments.withdraw(france, WITHDRAWN);
        SignIn.as(users, "swe.focal");
        answerEverything(answers, sweden);
        workflow.submit(sweden);
        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden, Map.of("q_short", COMMENT), "<img src=x onerror=alert('message')>");
        SignIn.out();
        return new HostileResponse(version, campaign, sweden, france);
    }

    private static void answerEverything(AnswerService answers, long sweden) {
        save(answers, sweden, "q_short", TextNode.valueOf(ANSWERS.get("q_short")));
        save(answers, sweden, "q_tab", TextNode.valueOf(ANSWERS.get("q_tab")));
        save(answers, sweden, "q_cr", TextNode.valueOf(ANSWERS.get("q_cr")));
        save(answers, sweden, "q_long", TextNode.valueOf(ANSWERS.get("q_long")));
        ObjectNode multi = JSON.objectNode().put("other", ANSWERS.get("q_multi.other"));
        multi.putArray("selected").add("email");
        save(answers, sweden, "q_multi", multi);
        ObjectNode grid = JSON.objectNode();
        grid.putObject("r1").put("note", ANSWERS.get("q_grid.r1.note")).put("count", 3);
        save(answers, sweden, "q_grid", grid);
        var table = JSON.arrayNode();
        table.addObject().put("name", ANSWERS.get("q_table.1.name")).put("kind", "police");
        save(answers, sweden, "q_table", table);
        save(answers, sweden, "s_contact", JSON.objectNode().put("name", ANSWERS.get("s_contact.name"))
                .put("email", "focal@example.org"));
    }

    private static void save(AnswerService answers, long assignment, String key, JsonNode value) {
        SaveOutcome outcome = answers.save(assignment, key, value, 0);
        if (!(outcome instanceof SaveOutcome.Saved)) {
            throw new IllegalStateException("The hostile answer to " + key + " was not saved: " + outcome);
        }
    }

    private static long of(List<Assignment> assignments, String alpha3) {
        return assignments.stream().filter(a -> a.country().alpha3().equals(alpha3)).findFirst().orElseThrow().id();
    }

    /** The answer as every surface shows it (the contact plugin trims its fields). */
    static String shown(String key) {
        return key.startsWith("s_contact") ? ANSWERS.get(key).trim() : ANSWERS.get(key);
    }

    private static Map<String, String> answers() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("q_short", "<script>alert('short')</script>");
        answers.put("q_tab", "\t=1+1 tab");
        answers.put("q_cr", "\r@SUM(9) carriage return");
        answers.put("q_long", "=HYPERLINK(\"http://evil.example\",\"click\") <img src=x onerror=alert('long')>");
        answers.put("q_multi.other", "+cmd|' /C calc'!A0 <svg onload=alert('other')>");
        answers.put("q_grid.r1.note", "-2+3 <iframe src=\"javascript:alert('grid')\"></iframe>");
        answers.put("q_table.1.name", "@SUM(1+1) <a href=\"javascript:alert('table')\">x</a>");
        answers.put("s_contact.name", "=2+2 <script>alert('contact')</script>");
        return answers;
    }

    private static Map<String, String> designerTexts() {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("template title", "ICT <script>alert('title')</script>");
        texts.put("introduction", "<p>Intro</p><iframe src=\"https://evil.example\"></iframe>");
        texts.put("section title", "General <img src=x onerror=alert('section')>");
        texts.put("section introduction", "<svg onload=alert('svg')>Section intro</svg>");
        texts.put("question text", "Authority name <script>alert('question')</script><a href=\"javascript:alert('js')\">click</a>");
        texts.put("help text", "<img src=x onerror=alert('help')>Some help");
        texts.put("footnote", "<a href=\"javascript:alert('footnote')\">the note</a>");
        texts.put("option label", "<svg onload=alert('option')>Email</svg>");
        texts.put("other label", "Other <script>alert('otherLabel')</script>");
        texts.put("grid row label", "<img src=x onerror=alert('row')>2023");
        texts.put("column label", "<b onclick=alert('column')>Note</b>");
        texts.put("text block", "<script>alert('block')</script><p onmouseover=alert('p')>Thanks</p>");
        texts.put("plugin section title", "Contact <script>alert('plugin')</script>");
        texts.put("formula question", "=1+1 How many?");
        return texts;
    }

    static TemplateDefinition definition() {
        var t = DESIGNER_TEXTS;
        Question shortText = new Question("q_short", "1", LocalizedText.en(t.get("question text")),
                LocalizedText.en(t.get("help text")), new AnswerSpec.ShortText(200), false, null, null,
                List.of(new Footnote("1", LocalizedText.en(t.get("footnote")))), List.of());
        List<Item> items = List.of(shortText,
                TemplateFixtures.question("q_tab", "2", "Tab", new AnswerSpec.ShortText(200), List.of()),
                TemplateFixtures.question("q_cr", "3", "Carriage return", new AnswerSpec.ShortText(200), List.of()),
                TemplateFixtures.question("q_long", "4", t.get("formula question"), new AnswerSpec.LongText(5000),
                        List.of()),
                TemplateFixtures.question("q_multi", "5", "Channels", new AnswerSpec.MultipleChoice(List.of(
                        option("email", t.get("option label")), option("video", "Video")),
                        LocalizedText.en(t.get("other label"))), List.of()),
                TemplateFixtures.question("q_grid", "6", "Grid", new AnswerSpec.Grid(
                        List.of(new AnswerSpec.Row("r1", LocalizedText.en(t.get("grid row label")))),
                        List.of(new AnswerSpec.Column("note", LocalizedText.en(t.get("column label")),
                                AnswerSpec.ColumnType.TEXT, List.of()),
                                new AnswerSpec.Column("count", LocalizedText.en("Count"), AnswerSpec.ColumnType.NUMBER,
                                        List.of()))), List.of()),
                TemplateFixtures.question("q_table", "7", "Authorities", new AnswerSpec.Table(List.of(
                        new AnswerSpec.Column("name", LocalizedText.en("Name"), AnswerSpec.ColumnType.TEXT, List.of()),
                        new AnswerSpec.Column("kind", LocalizedText.en("Kind"), AnswerSpec.ColumnType.CHOICE,
                                List.of(option("police", "Police"), option("court", "Court")))), 0, 3), List.of()),
                new TextBlock("t_thanks", LocalizedText.en(t.get("text block")), null));
        ObjectNode contact = JSON.objectNode();
        contact.putArray("required").add("name").add("email");
        Section plugin = TemplateFixtures.pluginSection("s_contact", "II", t.get("plugin section title"),
                "contact-details", contact);
        return new TemplateDefinition(LocalizedText.en(t.get("template title")), "CU <b>2026</b>",
                LocalizedText.en(t.get("introduction")), List.of(), List.of(new Section("s_general", "I",
                        LocalizedText.en(t.get("section title")), LocalizedText.en(t.get("section introduction")),
                        List.of(), items, null), plugin));
    }

    private static AnswerSpec.Option option(String value, String label) {
        return new AnswerSpec.Option(value, LocalizedText.en(label));
    }
}
