package org.qconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.reminder.ReminderException;
import org.qconsole.reminder.ReminderService;
import org.qconsole.reminder.ReminderText;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The secretariat's own inputs at their limits and beyond: campaigns, deadlines, withdrawals, reminder
 * texts, templates. Each is refused with a message in words, and nothing is written.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedSettingsTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ReminderService reminders;
    @Autowired
    ConsoleOidcUserService users;

    long published;
    long draft;
    Assignment sweden;

    /** One refused input: runs as the secretariat. */
    @FunctionalInterface
    interface Input {
        void send(MalformedSettingsTest t);
    }

    @BeforeAll
    void aPublishedVersionADraftAndAnAssignment() {
        SignIn.as(users, "secretariat");
        TemplateVersion version = TemplateFixtures.publishEveryKind(templates, "ATTACK-SET");
        published = version.id();
        draft = templates.newDraftFrom(published).id();
        long campaign = assignments.create(new NewCampaign(published, "Limits", "", LocalDate.now().plusDays(20),
                Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0);
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> refusedInputs() {
        Stream.Builder<Arguments> cases = Stream.builder();
        campaign(cases, "a deadline in the past", c -> c.deadline(LocalDate.now().minusDays(1)),
                "The deadline must be a date after today.");
        campaign(cases, "a deadline of today", c -> c.deadline(LocalDate.now()), "The deadline must be a date after today.");
        campaign(cases, "no deadline", c -> c.deadline(null), "The deadline must be a date after today.");
        campaign(cases, "an empty title", c -> c.title(""), "Give the campaign a title.");
        campaign(cases, "a title of spaces", c -> c.title("   \t "), "Give the campaign a title.");
        campaign(cases, "a title of 301 characters", c -> c.title("T".repeat(301)),
                "Keep the title to at most 300 characters (this has 301).");
        campaign(cases, "a circular reference of 201 characters", c -> c.reference("R".repeat(201)),
                "Keep the circular reference to at most 200 characters (this has 201).");
        campaign(cases, "a title with a NUL character", c -> c.title("Ti\u0000tle"),
                "Remove the invisible control character (NUL) from the title.");
        campaign(cases, "no member State", c -> c.countries(Set.of()), "Choose at least one member State.");
        campaign(cases, "an unknown State", c -> c.countries(Set.of("XXX")),
                "\"XXX\" is not the ISO alpha-3 code of a United Nations member State.");
        campaign(cases, "SQL as a State", c -> c.countries(Set.of("SWE'; DROP TABLE campaign; --")),
                "\"SWE'; DROP TABLE campaign; --\" is not the ISO alpha-3 code of a United Nations member State.");
        campaign(cases, "a State with no code", c -> c.countries(emptyCountry()),
                "\"\" is not the ISO alpha-3 code of a United Nations member State.");
        campaign(cases, "a draft version", c -> c.version(c.test.draft), "is draft: only a published version can"
                + " be sent to member States.");
        campaign(cases, "a version that does not exist", c -> c.version(-5), "There is no template version -5.");
        other(cases, "an extension to an earlier deadline", t -> t.assignments.extendDeadline(t.sweden.id(),
                LocalDate.now().plusDays(1)), "The new deadline must be after the current one");
        other(cases, "an extension to no deadline", t -> t.assignments.extendDeadline(t.sweden.id(), null),
                "The new deadline must be after the current one");
        other(cases, "a withdrawal without a reason", t -> t.assignments.withdraw(t.sweden.id(), "  "),
                "Say why the assignment is withdrawn; the country will see it.");
        other(cases, "adding an unknown State", t -> t.assignments.addCountries(t.sweden.campaignId(), Set.of("ZZZ")),
                "\"ZZZ\" is not the ISO alpha-3 code of a United Nations member State.");
        reminder(cases, "reminder days as words", "soon", 7, "Dear {name}", "Body {link}",
                "\"soon\" is not a number of days; write e.g. 14, 3");
        reminder(cases, "reminder days zero", "0", 7, "Dear {name}", "Body", "Days before the deadline must be between"
                + " 1 and 90 (not 0).");
        reminder(cases, "reminder days beyond 90", "14, 91", 7, "Dear {name}", "Body",
                "Days before the deadline must be between 1 and 90 (not 91).");
        reminder(cases, "reminder days beyond an int", "99999999999", 7, "S", "B",
                "\"99999999999\" is not a number of days; write e.g. 14, 3");
        reminder(cases, "overdue reminders every 0 days", "14", 0, "S", "B", "Remind late States every 1 to 60 days.");
        reminder(cases, "overdue reminders every 61 days", "14", 61, "S", "B", "Remind late States every 1 to 60 days.");
        reminder(cases, "a blank reminder subject", "14", 7, " ", "B", "The reminder in English needs a subject and a text.");
        reminder(cases, "a reminder subject of 201 characters", "14", 7, "s".repeat(201), "B",
                "Keep the subject in English under 200 characters.");
        reminder(cases, "a misspelt placeholder in the text", "14", 7, "Reminder", "Dear {nmae}, see {link}",
                "The text in English uses {nmae}, which the console cannot fill in. Use " + placeholders() + ".");
        reminder(cases, "a placeholder in the wrong case in the subject", "14", 7, "Due {Deadline}", "Body",
                "The subject in English uses {Deadline}, which the console cannot fill in. Use " + placeholders() + ".");
        reminder(cases, "a template expression as placeholder", "14", 7, "Reminder", "Hello ${jndi:ldap://x/a}",
                "The text in English uses {jndi:ldap://x/a}, which the console cannot fill in. Use " + placeholders() + ".");
        other(cases, "a template code with a path", t -> t.templates.create("../../etc/passwd", "Title"),
                "A template code is 1 to 64 letters, digits, . _ or -");
        other(cases, "a template without a title", t -> t.templates.create("ATTACK-NOTITLE", " "),
                "Give the questionnaire an English title.");
        other(cases, "a draft saved over a stale revision", t -> t.templates.saveDraft(t.draft,
                t.templates.version(t.draft).revision() + 5, TemplateFixtures.everyKind()),
                "Someone else saved");
        other(cases, "a published version saved as a draft", t -> t.templates.saveDraft(t.published, 1,
                TemplateFixtures.everyKind()), "it can no longer be changed. Create a new draft from it");
        other(cases, "a draft with a NUL character", t -> t.templates.saveDraft(t.draft,
                t.templates.version(t.draft).revision(), withTitle("ICT\u0000use")),
                "The questionnaire contains an invisible control character (NUL), which cannot be stored");
        return cases.build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedInputs")
    void aBadInputIsRefusedInWordsAndNothingIsWritten(String what, Input input, String message) {
        SignIn.as(users, "secretariat");
        Object before = state();

        Throwable refused = catchThrowable(() -> input.send(this));

        assertThat(refused).as("refused").isInstanceOfAny(AssignmentException.class, ReminderException.class,
                TemplateException.class);
        assertThat(refused.getMessage()).contains(message);
        ClearMessage.assertClear(refused.getMessage());
        assertThat(state()).as("nothing written").isEqualTo(before);
    }

    /** Everything these inputs could write: campaigns, the assignment, reminder settings, templates. */
    private Object state() {
        return List.of(assignments.campaigns().size(), assignments.assignment(sweden.id()),
                assignments.assignments(sweden.campaignId()).size(), reminders.settings(),
                templates.templates().size(), templates.version(draft).revision(), templates.version(published));
    }

    private static void campaign(Stream.Builder<Arguments> cases, String what, Consumer<CampaignInput> change,
            String message) {
        cases.add(Arguments.of("campaign with " + what, (Input) t -> {
            CampaignInput input = new CampaignInput(t);
            change.accept(input);
            t.assignments.create(input.build());
        }, message));
    }

    private static void reminder(Stream.Builder<Arguments> cases, String what, String days, int overdue,
            String subject, String body, String message) {
        cases.add(Arguments.of(what, (Input) t -> t.reminders.saveSettings(days, overdue,
                List.of(new ReminderText(Language.EN, subject, body))), message));
    }

    private static void other(Stream.Builder<Arguments> cases, String what, Input input, String message) {
        cases.add(Arguments.of(what, input, message));
    }

    private static org.qconsole.model.TemplateDefinition withTitle(String title) {
        var d = TemplateFixtures.everyKind();
        return new org.qconsole.model.TemplateDefinition(
                org.qconsole.model.LocalizedText.en(title), d.circularReference(), d.introduction(),
                d.footnotes(), d.sections());
    }

    private static String placeholders() {
        return "{name}, {country}, {campaign}, {reference}, {deadline}, {timeLeft}, {link}";
    }

    private static Set<String> emptyCountry() {
        Set<String> countries = new HashSet<>();
        countries.add("");
        return countries;
    }

    /** A valid campaign request, one field changed at a time. */
    static final class CampaignInput {
        final MalformedSettingsTest test;
        long version;
        String title = "A campaign";
        String reference = "CU 2026/9";
        LocalDate deadline = LocalDate.now().plusDays(30);
        Set<String> countries = Set.of("SWE");

        CampaignInput(MalformedSettingsTest test) {
            this.test = test;
            this.version = test.published;
        }

        void version(long id) {
            version = id;
        }

        void title(String text) {
            title = text;
        }

        void reference(String text) {
            reference = text;
        }

        void deadline(LocalDate date) {
            deadline = date;
        }

        void countries(Set<String> codes) {
            countries = codes;
        }

        NewCampaign build() {
            return new NewCampaign(version, title, reference, deadline, countries);
        }
    }
}
