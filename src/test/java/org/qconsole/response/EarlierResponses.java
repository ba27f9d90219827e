package org.qconsole.response;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.Set;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.TemplateDefinition;

/**
 * Two years of one template: Sweden answered "ICT 2022" (version 1: q1_used yes, q3_name, q5_cases);
 * "ICT 2024" uses version 2 (q5_cases dropped), sent to Sweden and France; a Swedish contributor has
 * answered q1_used "no" there. Leaves nobody signed in.
 */
public record EarlierResponses(long sweden2022, long sweden2024, long france2024) {

    public static EarlierResponses create(ConsoleOidcUserService users, TemplateService templates,
            AssignmentService assignments, AnswerService answers) {
        SignIn.as(users, "secretariat");
        TemplateVersion v1 = TemplateFixtures.publishEveryKind(templates, "PRE");
        long sweden2022 = assignmentOf(assignments, send(assignments, v1.id(), "ICT 2022"), "SWE");
        SignIn.as(users, "swe.focal");
        answers.save(sweden2022, "q1_used", TextNode.valueOf("yes"), 0);
        answers.save(sweden2022, "q3_name", TextNode.valueOf("Swedish Police Authority"), 0);
        answers.save(sweden2022, "q5_cases", IntNode.valueOf(12), 0);

        SignIn.as(users, "secretariat");
        TemplateVersion draft = templates.newDraftFrom(v1.id());
        TemplateDefinition withoutCases = TemplateFixtures.withItems(draft.definition(), draft.definition().sections()
                .get(0).items().stream().filter(item -> !item.key().equals("q5_cases")).toList());
        templates.saveDraft(draft.id(), draft.revision(), withoutCases);
        long campaign = send(assignments, templates.publish(draft.id()).id(), "ICT 2024");
        long sweden2024 = assignmentOf(assignments, campaign, "SWE");
        long france2024 = assignmentOf(assignments, campaign, "FRA");
        SignIn.as(users, "swe.contributor");
        answers.save(sweden2024, "q1_used", TextNode.valueOf("no"), 0);
        SignIn.out();
        return new EarlierResponses(sweden2022, sweden2024, france2024);
    }

    private static long send(AssignmentService assignments, long versionId, String title) {
        return assignments.create(new NewCampaign(versionId, title, "CU 2026/1", LocalDate.now().plusDays(30),
                Set.of("SWE", "FRA"))).id();
    }

    private static long assignmentOf(AssignmentService assignments, long campaignId, String country) {
        return assignments.assignments(campaignId).stream().filter(a -> a.country().alpha3().equals(country))
                .map(Assignment::id).findFirst().orElseThrow();
    }
}
