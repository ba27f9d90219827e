package org.qconsole.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qconsole.country.MemberStateService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Language;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.template.translation.TextUnits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Campaigns go to member States; each country sees its own assignments only. */
@ConsoleTest
class AssignmentServiceTest {

    @Autowired
    AssignmentService assignments;
    @Autowired
    TemplateService templates;
    @Autowired
    MemberStateService memberStates;
    @Autowired
    ConsoleOidcUserService users;

    private TemplateVersion published;
    private Campaign weog;

    @BeforeEach
    void sendToTheWesternEuropeanGroup() {
        SignIn.as(users, "secretariat");
        published = TemplateFixtures.publishEveryKind(templates, "A");
        Set<String> group = memberStates.findAll().stream()
                .filter(s -> s.regionalGroup().map(g -> g.code().equals("WEOG")).orElse(false))
                .map(s -> s.alpha3()).collect(Collectors.toSet());
        weog = assignments.create(new NewCampaign(published.id(), "ICT 2027 (WEOG)", "CU 2027/1",
                LocalDate.now().plusDays(30), group));
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aCampaignGivesEachStateOfTheGroupOneAssignment() {
        assertThat(weog.assigned()).isEqualTo(29);
        assertThat(weog.templateLabel()).isEqualTo(published.label());
        assertThat(assignments.assignments(weog.id())).extracting(a -> a.country().alpha3())
                .contains("SWE", "FRA", "USA", "TUR").doesNotContain("KEN", "BRA", "JPN")
                .doesNotHaveDuplicates();
        assertThat(assignments.assignments(weog.id())).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo(AssignmentStatus.NOT_STARTED);
            assertThat(a.deadline()).isEqualTo(weog.deadline());
        });
    }

    @Test
    void addingStatesLaterSkipsThoseAlreadyAssigned() {
        assertThat(assignments.addCountries(weog.id(), Set.of("SWE", "KEN", "JPN"))).isEqualTo(2);
        assertThat(assignments.campaign(weog.id()).assigned()).isEqualTo(31);
    }

    @Test
    void aSwedishUserSeesSwedenOnlyAndAFrenchUserFranceOnly() {
        SignIn.as(users, "swe.contributor");
        assertThat(assignments.myAssignments()).filteredOn(a -> a.campaignId() == weog.id())
                .singleElement().satisfies(a -> assertThat(a.country().alpha3()).isEqualTo("SWE"));
        assertThat(assignments.myAssignments()).allMatch(a -> a.country().alpha3().equals("SWE"));

        SignIn.as(users, "fra.focal");
        assertThat(assignments.myAssignments()).isNotEmpty().allMatch(a -> a.country().alpha3().equals("FRA"));
    }

    @Test
    void aCountryUserCannotReadAnotherCountrysAssignmentByItsId() {
        long sweden = assignments.assignments(weog.id()).stream().filter(a -> a.country().alpha3().equals("SWE"))
                .findFirst().orElseThrow().id();
        SignIn.as(users, "fra.focal");

        assertThatThrownBy(() -> assignments.assignment(sweden)).isInstanceOf(AssignmentException.class)
                .hasMessage("There is no assignment " + sweden + ".");
        SignIn.as(users, "swe.focal");
        assertThat(assignments.assignment(sweden).country().name()).isEqualTo("Sweden");
    }

    @Test
    void onlyPublishedVersionsGoOutAndDeadlinesLieAhead() {
        TemplateVersion draft = templates.newDraftFrom(published.id());
        assertThatThrownBy(() -> assignments.create(new NewCampaign(draft.id(), "x", "", LocalDate.now().plusDays(3),
                Set.of("SWE")))).isInstanceOf(AssignmentException.class)
                .hasMessage(draft.label() + " is draft: only a published version can be sent to member States.")
                .satisfies(refusal -> assertThat(((AssignmentException) refusal).reason(Language.ES)).isEqualTo(
                        draft.label() + " está en estado «borrador»: solo una versión publicada puede enviarse a"
                                + " los Estados Miembros."));
        assertThatThrownBy(() -> assignments.create(new NewCampaign(published.id(), "x", "", LocalDate.now(),
                Set.of("SWE")))).isInstanceOf(AssignmentException.class).hasMessage("The deadline must be a date after today.");
        assertThatThrownBy(() -> assignments.create(new NewCampaign(published.id(), "x", "", LocalDate.now().plusDays(3),
                Set.of("XXX")))).isInstanceOf(AssignmentException.class).hasMessageContaining("\"XXX\" is not");
        assertThatThrownBy(() -> assignments.create(new NewCampaign(published.id(), "x", "", LocalDate.now().plusDays(3),
                Set.of()))).isInstanceOf(AssignmentException.class).hasMessage("Choose at least one member State.");
    }

    @Test
    void deadlinesAreExtendedAndAssignmentsWithdrawnWithAReason() {
        Assignment sweden = assignments.assignments(weog.id()).stream()
                .filter(a -> a.country().alpha3().equals("SWE")).findFirst().orElseThrow();

        assertThat(assignments.extendDeadline(sweden.id(), sweden.deadline().plusDays(14)).deadline())
                .isEqualTo(sweden.deadline().plusDays(14));
        assertThatThrownBy(() -> assignments.extendDeadline(sweden.id(), sweden.deadline()))
                .isInstanceOf(AssignmentException.class);
        assertThatThrownBy(() -> assignments.withdraw(sweden.id(), " ")).isInstanceOf(AssignmentException.class);
        Assignment withdrawn = assignments.withdraw(sweden.id(), "Answered through the review mechanism");
        assertThat(withdrawn.status()).isEqualTo(AssignmentStatus.WITHDRAWN);
        assertThat(withdrawn.withdrawnReason()).contains("Answered through the review mechanism");
    }

    @ParameterizedTest
    @ValueSource(strings = {"swe.focal", "swe.contributor", "no.role"})
    void countryUsersCannotCreateOrListCampaigns(String username) {
        SignIn.as(users, username);

        assertThatThrownBy(() -> assignments.campaigns()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.assignments(weog.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.addCountries(weog.id(), Set.of("SWE"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.create(new NewCampaign(published.id(), "x", "", LocalDate.now().plusDays(3),
                Set.of("SWE")))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void managersReadButChangeNothing() {
        SignIn.as(users, "manager");

        assertThat(assignments.assignments(weog.id())).hasSize(29);
        long any = assignments.assignments(weog.id()).get(0).id();
        assertThatThrownBy(() -> assignments.withdraw(any, "no")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.extendDeadline(any, LocalDate.now().plusDays(90)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> assignments.myAssignments()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCampaignIsSentInTheLanguagesTheVersionIsCompletelyTranslatedInto() {
        TemplateDefinition everyKind = TemplateFixtures.everyKind();
        Map<String, String> spanish = TextUnits.of(everyKind, Language.ES).stream()
                .collect(Collectors.toMap(TextUnits.Unit::id, unit -> "ES " + unit.english()));
        TemplateVersion inSpanish = TemplateFixtures.publish(templates, "ES",
                TextUnits.withTranslations(everyKind, Language.ES, spanish));

        Campaign campaign = assignments.create(new NewCampaign(inSpanish.id(), "ICT 2027 (es)", "",
                LocalDate.now().plusDays(30), Set.of("ESP", "MEX"), Set.of(Language.ES)));

        assertThat(campaign.languages()).containsExactly(Language.EN, Language.ES);
        assertThat(assignments.campaign(campaign.id()).languages()).containsExactly(Language.EN, Language.ES);
        assertThat(weog.languages()).containsExactly(Language.EN);
    }

    @Test
    void anOverLongTitleIsRefusedInThePagesLanguage() {
        assertThatThrownBy(() -> assignments.create(new NewCampaign(published.id(), "T".repeat(301), "",
                LocalDate.now().plusDays(3), Set.of("SWE")))).isInstanceOf(AssignmentException.class)
                .satisfies(refusal -> assertThat(((AssignmentException) refusal).reason(Language.RU))
                        .isEqualTo("Название должно содержать не более 300 символов (сейчас 301)."));
        assertThatThrownBy(() -> assignments.create(new NewCampaign(published.id(), "Title", "R\u0000R",
                LocalDate.now().plusDays(3), Set.of("SWE")))).isInstanceOf(AssignmentException.class)
                .satisfies(refusal -> assertThat(((AssignmentException) refusal).reason(Language.FR))
                        .isEqualTo("Supprimez de la référence de la note verbale le caractère de contrôle invisible"
                                + " (NUL)."));
    }

    @Test
    void aLanguageWithTextsMissingIsRefusedNamingThem() {
        TemplateDefinition everyKind = TemplateFixtures.everyKind();
        List<TextUnits.Unit> texts = TextUnits.of(everyKind, Language.FR);
        Map<String, String> allButTwo = texts.stream().skip(2)
                .collect(Collectors.toMap(TextUnits.Unit::id, unit -> "FR " + unit.english()));
        TemplateVersion twoMissing = TemplateFixtures.publish(templates, "FR",
                TextUnits.withTranslations(everyKind, Language.FR, allButTwo));
        int campaignsBefore = assignments.campaigns().size();

        assertThatThrownBy(() -> assignments.create(new NewCampaign(twoMissing.id(), "ICT 2027 (fr)", "",
                LocalDate.now().plusDays(30), Set.of("FRA"), Set.of(Language.FR, Language.ES))))
                .isInstanceOf(AssignmentException.class)
                .hasMessageStartingWith(twoMissing.label() + " is not completely translated into Français (2 texts"
                        + " without translation, such as \"" + texts.get(0).english().replaceAll("<[^>]*>", ""))
                .hasMessageContaining("Español (" + texts.size() + " texts without translation")
                .hasMessageEndingWith("Send it without these languages, or translate a new draft of the"
                        + " questionnaire, publish it and send that.")
                .satisfies(refusal -> {
                    String first = texts.get(0).english().replaceAll("<[^>]*>", "");
                    assertThat(((AssignmentException) refusal).reason(Language.FR)).as("worded for a French page")
                            .startsWith(twoMissing.label() + " n’est pas entièrement traduite : Français (2 textes"
                                    + " sans traduction, par exemple « " + first + " », « ")
                            .contains(" ; Español (" + texts.size() + " textes sans traduction")
                            .endsWith("Envoyez-la sans ces langues, ou traduisez un nouveau projet du questionnaire,"
                                    + " publiez-le et envoyez celui-ci.");
                    assertThat(((AssignmentException) refusal).reason(Language.ZH)).as("with Chinese punctuation")
                            .contains("Français（2 条文本未翻译，例如“" + first + "”、“").contains("）；Español（");
                });
        assertThat(assignments.campaigns()).hasSize(campaignsBefore);
    }
}
