package org.qconsole.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.country.RegionalGroup;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The run command's demo data: the shipped questionnaire sent out, with Sweden's answers pre-filled. */
@SpringBootTest(properties = "console.demo-data.enabled=true")
@ActiveProfiles("test")
class DemoDataTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.qconsole.template.TemplateService templates;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theIctQuestionnaireGoesTo24StatesOfEveryGroupInVariedStates() {
        SignIn.as(users, "manager");
        Campaign campaign = assignments.campaigns().stream()
                .filter(c -> c.title().equals(DemoCampaign.TITLE) && c.templateLabel().equals("ICT-2023 v1"))
                .findFirst().orElseThrow();
        var all = assignments.assignments(campaign.id());

        assertThat(campaign.circularReference()).isEqualTo("CU 2023/187/DTA/CEB/CSS");
        assertThat(all).hasSizeGreaterThanOrEqualTo(20);
        assertThat(all.stream().map(a -> a.country().regionalGroup().map(RegionalGroup::code).orElse(""))
                .collect(Collectors.toSet())).containsExactlyInAnyOrder("AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN",
                "LATIN_AMERICAN_CARIBBEAN", "WEOG");
        Set<AssignmentStatus> statuses = all.stream().map(Assignment::status).collect(Collectors.toSet());
        assertThat(statuses).contains(AssignmentStatus.NOT_STARTED, AssignmentStatus.IN_PROGRESS,
                AssignmentStatus.SUBMITTED, AssignmentStatus.RETURNED, AssignmentStatus.ACCEPTED);
        assertThat(all).anySatisfy(a -> assertThat(a.deadline()).isBefore(LocalDate.now()));
        assertThat(all).extracting(a -> a.country().alpha3()).contains("SWE", "FRA", "KEN", "BRA", "JPN");
        var progress = answers.progress(all);
        assertThat(all).filteredOn(a -> !a.status().isAwaited())
                .as("responses that reached the secretariat are complete")
                .allSatisfy(a -> assertThat(progress.get(a.id()).percent()).isEqualTo(100));
    }

    @Test
    void aDraftSecondVersionShowsTheShippedPluginsAndCouldBePublished() {
        SignIn.as(users, "secretariat");
        var ict = templates.templates().stream().filter(t -> t.code().equals("ICT-2023")).findFirst().orElseThrow();
        var draft = templates.versionsOf(ict.templateId()).stream().filter(v -> v.number() == 2).findFirst().orElseThrow();

        assertThat(draft.isDraft()).isTrue();
        assertThat(draft.definition().sections()).filteredOn(s -> s.plugin() != null)
                .extracting(s -> s.plugin().pluginId())
                .containsExactly("contact-details", "ict-inventory", "globe-membership");
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    @Test
    void swedensResponseHoldsTheAnswersOfTheReferenceDocument() {
        SignIn.as(users, "swe.focal");
        Assignment sweden = assignments.myAssignments().stream()
                .filter(a -> a.campaignTitle().startsWith("ICT for international cooperation")).findFirst().orElseThrow();

        Map<String, StoredAnswer> saved = answers.open(sweden.id()).answers();

        assertThat(saved.get("q2_useful_icts").value().asText())
                .startsWith("The Use of SIENA is key to secure information sharing")
                .contains("On an Intelligence level the FIU uses among other programmes FIU.net, Egmont and goAML.");
        assertThat(saved.get("q3_custom_software").value().asText())
                .startsWith("The Swedish Police Authority has a number of self-developed case management IT-systems.");
        assertThat(saved.get("q8a_hub_services").value().asText()).isEqualTo(
                "Secure meeting platforms and secure information sharing systems would be the most useful services to"
                        + " our practitioners.");
        assertThat(sweden.status()).isEqualTo(AssignmentStatus.IN_PROGRESS);
    }
}
