package org.qconsole.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.country.MemberState;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Completion as managers see it: per country, group, section and day. */
@ConsoleTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;
    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ConsoleOidcUserService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void countsCompletionByCountryGroupSectionAndDay() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "DSH").id();
        long campaign = assignments.create(new NewCampaign(version, "Dashboard", "", LocalDate.now().plusDays(30),
                Set.of("SWE", "FRA", "KEN", "BRA"))).id();
        long sweden = idOf(campaign, "SWE");
        long kenya = idOf(campaign, "KEN");
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1_used", TextNode.valueOf("no"), 0);
        workflow.submit(sweden);
        SignIn.as(users, "ken.contributor");
        answers.save(kenya, "q3_name", TextNode.valueOf("EACC"), 0);

        SignIn.as(users, "manager");
        CampaignDashboard dashboard = dashboards.dashboard(campaign);

        assertThat(dashboard.statusCounts()).containsEntry(AssignmentStatus.SUBMITTED, 1L)
                .containsEntry(AssignmentStatus.IN_PROGRESS, 1L).containsEntry(AssignmentStatus.NOT_STARTED, 2L)
                .containsEntry(AssignmentStatus.ACCEPTED, 0L);
        assertThat(dashboard.countries()).extracting(c -> c.country().alpha3() + " " + c.percent() + "%")
                .containsExactlyInAnyOrder("SWE 100%", "FRA 0%", "KEN 0%", "BRA 0%");
        assertThat(dashboard.averagePercent()).isEqualTo(25);
        assertThat(dashboard.groups()).extracting(g -> g.group().name() + " " + g.countries() + "/" + g.submitted() + " "
                + g.averagePercent()).contains("Western European and other States 2/1 50", "African States 1/0 0");
        assertThat(dashboard.sections()).singleElement().satisfies(s -> {
            assertThat(s.label()).isEqualTo("I. General");
            assertThat(s.averagePercent()).isEqualTo(25);
        });
        assertThat(dashboard.submissionsByDay()).containsEntry(LocalDate.now(ZoneOffset.UTC), 1);
        assertThat(dashboards.overview()).filteredOn(o -> o.campaign().id() == campaign).singleElement()
                .satisfies(o -> {
                    assertThat(o.count(AssignmentStatus.SUBMITTED)).isEqualTo(1);
                    assertThat(o.averagePercent()).isEqualTo(25);
                });
    }

    @Test
    void countryUsersHaveNoDashboard() {
        SignIn.as(users, "swe.focal");

        assertThatThrownBy(() -> dashboards.overview()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void lateAndDueSoonAreAboutResponsesStillAwaited() {
        MemberState sweden = new MemberState("SWE", "SE", "752", "Sweden", Optional.empty());
        LocalDate today = LocalDate.of(2026, 11, 29);
        CountryProgress late = new CountryProgress(1, sweden, AssignmentStatus.IN_PROGRESS, today.minusDays(1), 0, 1,
                Optional.empty());
        CountryProgress lateButSubmitted = new CountryProgress(2, sweden, AssignmentStatus.SUBMITTED,
                today.minusDays(1), 1, 1, Optional.empty());
        CountryProgress soon = new CountryProgress(3, sweden, AssignmentStatus.RETURNED, today.plusDays(7), 0, 1,
                Optional.empty());
        CountryProgress later = new CountryProgress(4, sweden, AssignmentStatus.NOT_STARTED, today.plusDays(8), 0, 1,
                Optional.empty());

        assertThat(late.overdue(today)).isTrue();
        assertThat(lateButSubmitted.overdue(today)).isFalse();
        assertThat(soon.dueSoon(today)).isTrue();
        assertThat(later.dueSoon(today)).isFalse();
    }

    private long idOf(long campaign, String country) {
        return assignments.assignments(campaign).stream().filter(a -> a.country().alpha3().equals(country))
                .findFirst().orElseThrow().id();
    }
}
