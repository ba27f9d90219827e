package org.qconsole.response;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;

/**
 * Sweden's response to the every-kind questionnaire brought, through the public services, into the
 * status asked for (one campaign each). A response that reached the secretariat has its one required
 * question ("q1_used") answered; nothing else is. Leaves nobody signed in.
 */
public final class ResponsesInEveryStatus {

    private final ConsoleOidcUserService users;
    private final AssignmentService assignments;
    private final AnswerService answers;
    private final ResponseWorkflow workflow;
    private final long version;

    public ResponsesInEveryStatus(ConsoleOidcUserService users, TemplateService templates,
            AssignmentService assignments, AnswerService answers, ResponseWorkflow workflow, String prefix) {
        this.users = users;
        this.assignments = assignments;
        this.answers = answers;
        this.workflow = workflow;
        SignIn.as(users, "secretariat");
        this.version = TemplateFixtures.publishEveryKind(templates, prefix).id();
        SignIn.out();
    }

    /** Every status with every user of Sweden's response that can open it (a parameter source). */
    public static Stream<Arguments> everyStatusAndUser() {
        return Stream.of(AssignmentStatus.values()).flatMap(status -> Stream.of("secretariat", "manager",
                "swe.focal", "swe.contributor").map(user -> Arguments.of(status, user)));
    }

    /** One Swedish response in each status, by status. */
    public Map<AssignmentStatus, Long> all() {
        Map<AssignmentStatus, Long> all = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus status : AssignmentStatus.values()) {
            all.put(status, in(status));
        }
        return all;
    }

    /** A new Swedish response in this status. */
    public long in(AssignmentStatus status) {
        SignIn.as(users, "secretariat");
        long campaign = assignments.create(new NewCampaign(version, "Workflow " + status.label(), "",
                LocalDate.now().plusDays(10), Set.of("SWE"))).id();
        long sweden = assignments.assignments(campaign).get(0).id();
        if (status == AssignmentStatus.WITHDRAWN) {
            assignments.withdraw(sweden, "The State asked for another questionnaire.");
        } else if (status != AssignmentStatus.NOT_STARTED) {
            SignIn.as(users, "swe.focal");
            answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
            if (status != AssignmentStatus.IN_PROGRESS) {
                workflow.submit(sweden);
                SignIn.as(users, "secretariat");
                if (status == AssignmentStatus.RETURNED) {
                    workflow.returnToCountry(sweden, Map.of(), "Please check the figures.");
                } else if (status == AssignmentStatus.ACCEPTED) {
                    workflow.accept(sweden);
                }
            }
        }
        SignIn.out();
        return sweden;
    }
}
