package org.qconsole.benchmark;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A national-report-sized questionnaire in the template JSON format (docs/template-format.md): 25
 * sections of 10 questions each (250 questions), every answer kind in every section, a sub-question shown
 * when its parent is answered "yes", help texts, and texts of the length of a real report. Written as
 * JSON rather than with the console's model classes because the format is the contract that stays.
 */
final class LargeQuestionnaire {

    static final String CODE = "BENCH-250";
    static final int SECTIONS = 25;
    static final int QUESTIONS_PER_SECTION = 10;

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
        "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV", "XXV"};
    private static final String FILLER = " Please describe the legal framework, the institutions involved and the"
            + " practice of the last five years, with examples where available.";

    private LargeQuestionnaire() {
    }

    /** The whole document: envelope and version. */
    static ObjectNode document() {
        ObjectNode document = JSON.objectNode().put("format", "questionnaire-console/template").put("formatVersion", 1);
        document.putObject("template").put("code", CODE);
        ObjectNode version = document.putObject("version");
        version.set("title", en("Benchmark national report: 250 questions in 25 sections"));
        version.put("circularReference", "CU 2026/BENCH/250");
        version.set("introduction", en("<p>A questionnaire of the size of a national report, generated for the"
                + " session memory benchmark.</p>"));
        ArrayNode sections = version.putArray("sections");
        for (int s = 1; s <= SECTIONS; s++) {
            sections.add(section(s));
        }
        return document;
    }

    private static ObjectNode section(int s) {
        ObjectNode section = JSON.objectNode().put("key", "s" + s).put("number", ROMAN[s - 1]);
        section.set("title", en("Section " + ROMAN[s - 1] + ": implementation of chapter provisions, part " + s));
        section.set("introduction", en("<p>This section covers part " + s + " of the review." + FILLER + "</p>"));
        ArrayNode items = section.putArray("items");
        String q = "s" + s + "_q";
        ObjectNode first = question(q + 1, s + ".1", "Has your country adopted measures in this area?",
                JSON.objectNode().put("kind", "yesNo")).put("required", true);
        ObjectNode details = question(q + 2, s + ".1.a", "If yes, please describe these measures.",
                JSON.objectNode().put("kind", "longText").put("maxLength", 20000));
        details.putObject("visibleWhen").putObject("equals").put("question", q + 1).put("value", "yes");
        first.putArray("items").add(details);
        items.add(first);
        items.add(question(q + 3, s + ".2", "Which body is mainly responsible?", choice("singleChoice", 4)
                .put("display", "radio")).put("required", true));
        items.add(question(q + 4, s + ".3", "At which level is it organised?", choice("singleChoice", 6)
                .put("display", "dropdown")));
        ObjectNode several = choice("multipleChoice", 5);
        several.set("otherLabel", en("Other, please specify"));
        items.add(question(q + 5, s + ".4", "Which of these means are used?", several));
        items.add(question(q + 6, s + ".5", "Name of the competent authority",
                JSON.objectNode().put("kind", "shortText").put("maxLength", 500)));
        ObjectNode number = JSON.objectNode().put("kind", "number").put("integer", true).put("min", 0);
        number.set("unit", en("cases"));
        items.add(question(q + 7, s + ".6", "How many cases were handled last year?", number));
        items.add(question(q + 8, s + ".7", "Since when is this in force?",
                JSON.objectNode().put("kind", "date").put("min", "1950-01-01")));
        items.add(question(q + 9, s + ".8", "Requests sent and received per year", grid()));
        items.add(question(q + 10, s + ".9", "Authorities involved", table()));
        items.add(JSON.objectNode().put("type", "text").put("key", "s" + s + "_t").set("text",
                en("Please attach or cite the relevant documents where possible.")));
        return section;
    }

    private static ObjectNode question(String key, String number, String text, ObjectNode answer) {
        ObjectNode question = JSON.objectNode().put("type", "question").put("key", key).put("number", number);
        question.set("text", en(text + FILLER));
        question.set("help", en("Answer for the whole country; where practice differs between regions, say so."));
        question.set("answer", answer);
        return question;
    }

    private static ObjectNode choice(String kind, int count) {
        ObjectNode answer = JSON.objectNode().put("kind", kind);
        ArrayNode options = answer.putArray("options");
        for (int i = 1; i <= count; i++) {
            options.add(JSON.objectNode().put("value", "o" + i).set("label", en("Option " + i + " of " + count)));
        }
        return answer;
    }

    private static ObjectNode grid() {
        ObjectNode answer = JSON.objectNode().put("kind", "grid");
        ArrayNode rows = answer.putArray("rows");
        for (int year = 2021; year <= 2023; year++) {
            rows.add(JSON.objectNode().put("key", "y" + year).set("label", en(String.valueOf(year))));
        }
        ArrayNode columns = answer.putArray("columns");
        columns.add(column("sent", "Sent", "number"));
        columns.add(column("received", "Received", "number"));
        columns.add(column("secure", "Through a secure channel", "checkbox"));
        return answer;
    }

    private static ObjectNode table() {
        ObjectNode answer = JSON.objectNode().put("kind", "table").put("minRows", 0).put("maxRows", 10);
        ArrayNode columns = answer.putArray("columns");
        columns.add(column("name", "Name", "text"));
        ObjectNode kind = column("kind", "Kind", "choice");
        kind.putArray("options").add(JSON.objectNode().put("value", "police").set("label", en("Police")))
                .add(JSON.objectNode().put("value", "prosecution").set("label", en("Prosecution")));
        columns.add(kind);
        columns.add(column("staff", "Staff", "number"));
        return answer;
    }

    private static ObjectNode column(String key, String label, String type) {
        ObjectNode column = JSON.objectNode().put("key", key).put("type", type);
        column.set("label", en(label));
        return column;
    }

    private static ObjectNode en(String text) {
        return JSON.objectNode().put("en", text);
    }
}
