package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Country users of France and Kenya try, in every way the console offers and in SQL, to read or change
 * Sweden's response. Every attempt is refused or sees nothing, and Sweden's data stays as it was.
 */
@ConsoleTest
class IsolationMatrixTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    CountryRequests requests;
    @Autowired
    TemplateService templates;
    @Autowired
    Delegations delegations;
    @Autowired
    SectionReviews reviews;
    @Autowired
    InternalComments internalComments;
    @Autowired
    org.qconsole.reminder.Colleagues colleagues;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    private long campaign;
    private long sweden;
    private long request;
    private long delegation;
    private long internalComment;

    /** One forged request; it must throw, or return nothing of Sweden's. */
    @FunctionalInterface
    interface Attempt {
        Object run(IsolationMatrixTest t) throws Exception;
    }

    @BeforeEach
    void swedenHasAnsweredAndBeenCommentedOn() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "MX").id();
        campaign = assignments.create(new NewCampaign(version, "Matrix", "", LocalDate.now().plusDays(20),
                Set.of("SWE", "FRA", "KEN"))).id();
        sweden = assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals("SWE"))
                .findFirst().orElseThrow().id();
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        answers.save(sweden, "q3_name", TextNode.valueOf("Swedish Police Authority"), 0);
        workflow.submit(sweden);
        SignIn.as(users, "secretariat");
        workflow.returnToCountry(sweden, Map.of("q3_name", "Confidential remark for Sweden"), "Please check");
        SignIn.as(users, "swe.focal");
        request = requests.askForExtension(sweden, LocalDate.now().plusDays(40), "Confidential reason of Sweden").id();
        SignIn.once(users, events, "swe.contributor");
        SignIn.as(users, "swe.focal");
        delegation = delegations.delegate(sweden, new NewDelegation(Set.of("swe.contributor"), false,
                Set.of("s1_general"), null, "Confidential note of Sweden")).get(0).id();
        SignIn.as(users, "swe.contributor");
        reviews.markReady(sweden, "s1_general");
        internalComment = internalComments.comment(sweden, "q3_name", "Confidential comment of Sweden").id();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> attempts() {
        Map<String, Attempt> attempts = new java.util.LinkedHashMap<>();
        attempts.put("read the assignment by id", t -> t.assignments.assignment(t.sweden));
        attempts.put("open the response", t -> t.answers.open(t.sweden));
        attempts.put("save a first answer", t -> t.answers.save(t.sweden, "q4_details", TextNode.valueOf("x"), 0));
        attempts.put("overwrite an answer", t -> t.answers.save(t.sweden, "q3_name", TextNode.valueOf("x"), 1));
        attempts.put("submit it", t -> t.workflow.submit(t.sweden));
        attempts.put("read the review comments", t -> t.workflow.comments(t.sweden));
        attempts.put("read what is missing", t -> t.workflow.missingAnswers(t.sweden));
        // A first answer ("save a first answer") is the only way a country user starts a response; submitting
        // is the only way they move it on: both go through the workflow, no service method moves a status directly.
        attempts.put("see which steps it can take", t -> t.workflow.allowedActions(t.sweden));
        attempts.put("list campaigns", t -> t.assignments.campaigns());
        attempts.put("read the campaign", t -> t.assignments.campaign(t.campaign));
        attempts.put("list the campaign's assignments", t -> t.assignments.assignments(t.campaign));
        attempts.put("add States", t -> t.assignments.addCountries(t.campaign, Set.of("NOR")));
        attempts.put("extend the deadline", t -> t.assignments.extendDeadline(t.sweden, LocalDate.now().plusDays(90)));
        attempts.put("withdraw it", t -> t.assignments.withdraw(t.sweden, "forged"));
        attempts.put("accept it", t -> t.workflow.accept(t.sweden));
        attempts.put("return it", t -> t.workflow.returnToCountry(t.sweden, Map.of(), "forged"));
        attempts.put("reopen it", t -> t.workflow.reopen(t.sweden, "forged"));
        attempts.put("list templates", t -> t.templates.templates());
        attempts.put("ask for more time for it", t -> t.requests.askForExtension(t.sweden, LocalDate.now().plusDays(60),
                "forged"));
        attempts.put("ask to reopen it", t -> t.requests.askToReopen(t.sweden, "forged"));
        attempts.put("read its requests", t -> t.requests.ofResponse(t.sweden));
        attempts.put("read the campaign's requests", t -> t.requests.ofCampaign(t.campaign));
        attempts.put("grant its request", t -> t.requests.grant(t.request, ""));
        attempts.put("refuse its request", t -> t.requests.refuse(t.request, "forged"));
        attempts.put("SQL: read Sweden's requests", t -> t.sql("SELECT count(*) FROM country_request WHERE country = 'SWE'"));
        attempts.put("SQL: grant Sweden's request", t -> t.update("UPDATE country_request SET decision = 'granted',"
                + " decided_by = 'x', decided_at = now() WHERE id = " + t.request));
        attempts.put("SQL: ask for Sweden", t -> t.update("INSERT INTO country_request (assignment_id, country, kind,"
                + " reason, requested_by) VALUES (" + t.sweden + ", 'SWE', 'reopening', 'forged', 'x')"));
        attempts.put("SQL: delete Sweden's request", t -> t.update("DELETE FROM country_request WHERE id = " + t.request));
        attempts.put("give a section of it to a colleague", t -> t.delegations.delegate(t.sweden,
                NewDelegation.sections(Set.of("fra.contributor"), Set.of("s1_general"))));
        attempts.put("give it to Sweden's contributor", t -> t.delegations.delegate(t.sweden,
                new NewDelegation(Set.of("swe.contributor"), true, Set.of(), null, "forged")));
        attempts.put("withdraw Sweden's delegation through its own response", t -> {
            long own = t.assignments.myAssignments().stream().filter(a -> a.campaignId() == t.campaign).findFirst()
                    .orElseThrow().id();
            t.delegations.withdraw(own, t.delegation);
            return null;
        });
        attempts.put("read its colleagues' comments", t -> t.internalComments.ofResponse(t.sweden));
        attempts.put("comment on its question", t -> t.internalComments.comment(t.sweden, "q3_name", "forged"));
        attempts.put("reply to its colleagues", t -> t.internalComments.reply(t.sweden, t.internalComment, "forged"));
        attempts.put("reply to its colleagues through its own response", t -> {
            long own = t.assignments.myAssignments().stream().filter(a -> a.campaignId() == t.campaign).findFirst()
                    .orElseThrow().id();
            return t.internalComments.reply(own, t.internalComment, "forged");
        });
        attempts.put("SQL: read Sweden's comments between colleagues", t -> t.sql(
                "SELECT count(*) FROM internal_comment WHERE country = 'SWE'"));
        attempts.put("SQL: change Sweden's comment between colleagues", t -> t.update(
                "UPDATE internal_comment SET body = 'forged' WHERE id = " + t.internalComment));
        attempts.put("SQL: comment on Sweden's question", t -> t.update("INSERT INTO internal_comment (assignment_id,"
                + " country, question_key, body, author) VALUES (" + t.sweden + ", 'SWE', 'q3_name', 'forged', 'x')"));
        attempts.put("mark its section ready", t -> t.reviews.markReady(t.sweden, "s1_general"));
        attempts.put("approve its section", t -> t.reviews.approve(t.sweden, "s1_general"));
        attempts.put("send its section back", t -> t.reviews.sendBack(t.sweden, "s1_general", "forged"));
        attempts.put("open its section again", t -> t.reviews.reopen(t.sweden, "s1_general"));
        attempts.put("SQL: read Sweden's review", t -> t.sql("SELECT count(*) FROM section_review WHERE country = 'SWE'"));
        attempts.put("SQL: approve Sweden's section", t -> t.update("UPDATE section_review SET state = 'approved'"
                + " WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: review a section of Sweden's", t -> t.update("INSERT INTO section_review (assignment_id,"
                + " country, section_key, state, changed_by) VALUES (" + t.sweden + ", 'SWE', 's9', 'approved', 'x')"));
        attempts.put("SQL: erase Sweden's review", t -> t.update("DELETE FROM section_review WHERE assignment_id = "
                + t.sweden));
        attempts.put("read who has its sections", t -> t.delegations.ofResponse(t.sweden));
        attempts.put("withdraw a section given", t -> {
            t.delegations.withdraw(t.sweden, t.delegation);
            return null;
        });
        attempts.put("let its contributors change every section", t -> {
            t.delegations.letColleaguesEditAll(t.sweden, true);
            return null;
        });
        attempts.put("read whether its contributors change every section", t -> t.delegations.colleaguesEditAll(t.sweden));
        attempts.put("list its colleagues", t -> t.delegations.colleagues(t.sweden));
        attempts.put("list Sweden's contributors", t -> t.colleagues.contributorsOf("SWE"));
        attempts.put("SQL: read Sweden's delegations", t -> t.sql("SELECT count(*) FROM delegation WHERE country = 'SWE'"));
        attempts.put("SQL: give a section of Sweden's", t -> t.update("INSERT INTO delegation (assignment_id, country,"
                + " section_key, assignee, assigned_by) VALUES (" + t.sweden + ", 'SWE', 's1_general', 'fra.focal', 'x')"));
        attempts.put("SQL: withdraw Sweden's delegation", t -> t.update("UPDATE delegation SET withdrawn_by = 'x',"
                + " withdrawn_at = now() WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: delete Sweden's delegation", t -> t.update("DELETE FROM delegation WHERE id = " + t.delegation));
        attempts.put("SQL: let Sweden's contributors change everything", t -> t.update(
                "UPDATE assignment SET colleagues_edit_all = true WHERE id = " + t.sweden));
        attempts.put("SQL: read Sweden's users", t -> t.sql("SELECT count(*) FROM known_user WHERE country = 'SWE'"));
        attempts.put("SQL: read Sweden's answers", t -> t.sql("SELECT count(*) FROM answer WHERE country = 'SWE'"));
        attempts.put("SQL: read Sweden's answer history", t -> t.sql(
                "SELECT count(*) FROM answer_change WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: read Sweden's comments", t -> t.sql("SELECT count(*) FROM review_comment WHERE country = 'SWE'"));
        attempts.put("SQL: read Sweden's events", t -> t.sql(
                "SELECT count(*) FROM assignment_event WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: read Sweden's assignment", t -> t.sql("SELECT count(*) FROM assignment WHERE id = " + t.sweden));
        attempts.put("SQL: change Sweden's answers", t -> t.update(
                "UPDATE answer SET value = '\"forged\"' WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: accept Sweden's assignment", t -> t.update(
                "UPDATE assignment SET status = 'accepted' WHERE id = " + t.sweden));
        attempts.put("SQL: add an answer to Sweden", t -> t.update("INSERT INTO answer (assignment_id, country,"
                + " question_key, value, updated_by) VALUES (" + t.sweden + ", 'SWE', 'q4_details', '\"x\"', 'x')"));
        attempts.put("SQL: add a comment to Sweden", t -> t.update("INSERT INTO review_comment (assignment_id, country,"
                + " question_key, comment, author) VALUES (" + t.sweden + ", 'SWE', 'q1_used', 'x', 'x')"));
        attempts.put("SQL: read Sweden's completion per section", t -> t.sql(
                "SELECT count(*) FROM section_progress WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: change Sweden's completion per section", t -> t.update(
                "UPDATE section_progress SET answered = 0, required = 99 WHERE country = 'SWE'"));
        attempts.put("SQL: record a section of Sweden's", t -> t.update("INSERT INTO section_progress (assignment_id,"
                + " country, section_key, answered, required) VALUES (" + t.sweden + ", 'SWE', 's9_forged', 1, 1)"));
        attempts.put("SQL: erase Sweden's completion per section", t -> t.update(
                "DELETE FROM section_progress WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: delete Sweden's answers", t -> t.update("DELETE FROM answer WHERE assignment_id = " + t.sweden));
        attempts.put("SQL: erase Sweden's answer history", t -> t.update(
                "DELETE FROM answer_change WHERE assignment_id = " + t.sweden));
        List<Arguments> all = new ArrayList<>();
        for (String user : List.of("fra.focal", "ken.contributor")) {
            attempts.forEach((what, attempt) -> all.add(Arguments.of(user, what, attempt)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} tries to {1}")
    @MethodSource("attempts")
    void nothingOfSwedensCrossesTheBorder(String user, String what, Attempt attempt) {
        SignIn.as(users, user);

        Throwable refused = catchThrowable(() -> {
            Object result = attempt.run(this);
            assertThat(result).as("%s must see or change nothing of Sweden's", what).satisfiesAnyOf(
                    r -> assertThat(r).isNull(),
                    r -> assertThat(r).isEqualTo(0),
                    r -> assertThat(r).asString().doesNotContain("SWE", "Sweden"));
        });
        if (refused != null) {
            assertThat(refused).isInstanceOfAny(AssignmentException.class, AccessDeniedException.class,
                    DataAccessException.class);
        }

        SignIn.as(users, "swe.focal");
        var saved = answers.open(sweden);
        assertThat(saved.assignment().status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(saved.answers().get("q3_name").value().asText()).isEqualTo("Swedish Police Authority");
        assertThat(saved.answers()).doesNotContainKey("q4_details");
        assertThat(workflow.comments(sweden)).extracting(ReviewComment::comment)
                .containsExactly("Confidential remark for Sweden");
        assertThat(sql("SELECT count(*) FROM section_progress WHERE assignment_id = " + sweden)).isEqualTo(1);
        assertThat(requests.ofResponse(sweden)).singleElement().satisfies(r -> {
            assertThat(r.isPending()).isTrue();
            assertThat(r.reason()).isEqualTo("Confidential reason of Sweden");
        });
        assertThat(delegations.ofResponse(sweden)).singleElement().satisfies(d -> {
            assertThat(d.assignee()).isEqualTo("swe.contributor");
            assertThat(d.message()).isEqualTo("Confidential note of Sweden");
        });
        assertThat(delegations.colleaguesEditAll(sweden)).isFalse();
        assertThat(internalComments.ofResponse(sweden)).singleElement().extracting(InternalComment::text)
                .isEqualTo("Confidential comment of Sweden");
        assertThat(saved.rights().reviews().values()).singleElement().satisfies(review -> {
            assertThat(review.sectionKey()).isEqualTo("s1_general");
            assertThat(review.state()).isEqualTo(SectionReview.State.READY_FOR_REVIEW);
        });
        assertThat(sql("SELECT count(*) FROM section_progress WHERE assignment_id = " + sweden
                + " AND section_key = 's1_general' AND answered = 1 AND required = 1"))
                .as("Sweden's one section as recorded: q1_used, its one required question, answered").isEqualTo(1);
    }

    private Integer sql(String query) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.queryForObject(query, Integer.class));
    }

    private Integer update(String statement) {
        return new TransactionTemplate(transactions).execute(status -> jdbc.update(statement));
    }
}
