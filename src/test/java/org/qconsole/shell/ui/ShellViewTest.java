package org.qconsole.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.RouterLinkKt;
import com.github.mvysny.kaributesting.v23.SideNavUtilsKt;
import com.vaadin.flow.component.Component;
import com.github.mvysny.kaributesting.v10.AnchorsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.NavigationTrigger;
import com.vaadin.flow.router.RouterLink;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shell: navigation and the home page's list by role (both from the views' @Menu), each of their
 * links opening its page, the header, and what users may open by typing a route.
 */
class ShellViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    org.qconsole.response.CountryRequests requests;

    /** The id each page's root carries, by its title in the navigation. */
    private static final Map<String, String> PAGE_IDS = Map.of("Home", "home", "Inbox", "inbox",
            "Campaigns", "campaigns", "Dashboards", "dashboards", "Templates", "templates",
            "Reminders", "reminder-settings", "Member States", "member-states", "Plugins", "plugins",
            "Installation", "installation");

    @Test
    void theSecretariatSeesEveryPageAndNoCountry() {
        signInAs("secretariat");

        assertThat(navigation()).containsExactly("Home", "Campaigns", "Dashboards", "Templates", "Reminders",
                "Member States", "Plugins", "Installation");
        assertThat(_get(Span.class, s -> s.withId("current-user-name")).getText()).isEqualTo("Amina Diallo");
        assertThat(_get(Span.class, s -> s.withId("current-user-role")).getText()).isEqualTo("Secretariat");
        _assertNone(Span.class, s -> s.withId("current-user-country"));
        _get(HomeView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"secretariat", "manager", "swe.focal"})
    void everyNavigationLinkOpensItsPage(String username) {
        signInAs(username);

        for (String title : navigation()) {
            SideNavItem item = _get(SideNavItem.class, s -> s.withPredicate(i -> i.getLabel().equals(title)));
            SideNavUtilsKt._click(item, NavigationTrigger.ROUTER_LINK);
            assertThat(page(PAGE_IDS.get(title))).as(title).isPresent();
            _assertNone(AccessDeniedView.class);
        }
    }

    @Test
    void theHomePageListsTheNavigationsPagesWithWhatEachIsFor() {
        signInAs("secretariat");

        assertThat(homePages()).containsExactly(
                "Campaigns: the questionnaires sent to member States, and where each State stands.",
                "Dashboards: completion of every campaign: who has answered, who is late, what States said.",
                "Templates: questionnaire templates and their versions: preview, publish, import and export.",
                "Reminders: when and in which words focal points are reminded of deadlines.",
                "Member States: the 193 United Nations member States and their regional groups, to whom"
                        + " questionnaires go.",
                "Plugins: the section plugins installed, and any switched off with the reason.",
                "Installation: the state of this console: database, migrations and sign-in.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"secretariat", "manager", "swe.contributor"})
    void everyLinkOnTheHomePageOpensItsPage(String username) {
        signInAs(username);
        List<String> titles = homeLinks().stream().map(RouterLink::getText).toList();
        assertThat(titles).isEqualTo(navigation().subList(1, navigation().size()));

        for (String title : titles) {
            UI.getCurrent().navigate("");
            RouterLinkKt._click(homeLinks().stream().filter(link -> link.getText().equals(title)).findFirst()
                    .orElseThrow());
            assertThat(page(PAGE_IDS.get(title))).as(title).isPresent();
        }
    }

    @Test
    void managersSeeMemberStatesButNotTheInstallation() {
        signInAs("manager");

        assertThat(navigation()).containsExactly("Home", "Campaigns", "Dashboards", "Member States");
        assertThat(homePages()).extracting(text -> text.substring(0, text.indexOf(':')))
                .containsExactly("Campaigns", "Dashboards", "Member States");
        UI.getCurrent().navigate("installation");
        assertThat(page("installation")).isEmpty();
        _get(AccessDeniedView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"swe.focal", "swe.contributor"})
    void countryUsersSeeTheirCountryInTheHeaderAndOnlyHomeAndTheirInbox(String username) {
        sendToSweden(); // the home page counts what is in the inbox: at least this one, whatever ran before
        signInAs(username);

        assertThat(navigation()).containsExactly("Home", "Inbox");
        assertThat(homePages()).containsExactly("Inbox: the questionnaires the secretariat has sent to your country.");
        assertThat(_get(Span.class, s -> s.withId("current-user-country")).getText()).isEqualTo("Sweden (SWE)");
        assertThat(_get(HomeView.class).getElement().getTextRecursively())
                .contains("questionnaires for Sweden");
        assertThat(_get(Paragraph.class, s -> s.withId("home-open-questionnaires")).getText())
                .matches("\\d+ questionnaires? from the secretariat in your inbox\\.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"installation", "member-states", "templates", "templates/version/1", "campaigns",
        "campaign/1"})
    void aCountryUserCannotOpenASecretariatRouteByTypingIt(String route) {
        signInAs("fra.focal");

        UI.getCurrent().navigate(route);

        for (String page : List.of("installation", "member-states", "templates", "template-version", "campaigns",
                "campaign")) {
            assertThat(page(page)).as(page).isEmpty();
        }
        _get(AccessDeniedView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"templates", "templates/version/1"})
    void managersCannotOpenTheDesigner(String route) {
        signInAs("manager");

        UI.getCurrent().navigate(route);

        assertThat(page("templates")).isEmpty();
        assertThat(page("template-version")).isEmpty();
        _get(AccessDeniedView.class);
    }

    @Test
    void anAccountWithoutARoleIsToldItIsNotSetUp() {
        signInAs("no.role");

        assertThat(page("account-not-set-up")).isPresent();
        assertThat(_get(Paragraph.class, s -> s.withId("account-problem")).getText())
                .isEqualTo("Your account has no role in this console.");
        _assertNone(MainLayout.class);
        UI.getCurrent().navigate("member-states");
        assertThat(page("member-states")).isEmpty();
        _get(AccessDeniedView.class);
    }

    @Test
    void aCountryAccountWithAnUnknownCountryIsToldItIsNotSetUp() {
        signInAs("bad.country");

        assertThat(page("account-not-set-up")).isPresent();
        assertThat(_get(Paragraph.class, s -> s.withId("account-problem")).getText()).contains("\"XXX\"");
    }

    @Test
    void aFrenchUserIsToldInFrenchWhyTheAccountIsNotSetUp() {
        signInAs("bad.country");
        UI.getCurrent().setLocale(Locale.FRENCH);
        UI.getCurrent().navigate("account-not-set-up");

        assertThat(_get(Paragraph.class, s -> s.withId("account-problem")).getText())
                .startsWith("Le pays enregistré sur votre compte, « XXX », n'est pas");
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static List<String> homePages() {
        return _get(UnorderedList.class, s -> s.withId("home-pages")).getChildren()
                .map(item -> ((ListItem) item).getElement().getTextRecursively()).toList();
    }

    private static List<RouterLink> homeLinks() {
        return _get(UnorderedList.class, s -> s.withId("home-pages")).getChildren()
                .map(item -> (RouterLink) item.getChildren().findFirst().orElseThrow()).toList();
    }

    /** The page shown, found by its root's id: other features' views are private to them. */
    private static java.util.Optional<Component> page(String id) {
        return _find(Component.class, s -> s.withId(id)).stream().findFirst();
    }

    @Test
    void theSecretariatsHomeLeadsToTheCampaignWhereAStateWaitsForADecision() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "SHR").id();
        String title = "Waiting " + java.util.UUID.randomUUID().toString().substring(0, 6);
        long campaign = assignments.create(new NewCampaign(version, title, "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        long sweden = assignments.assignments(campaign).get(0).id();
        SignIn.as(users, "swe.focal");
        requests.askForExtension(sweden, LocalDate.now().plusDays(30), "Recess");
        signInAs("secretariat");
        UI.getCurrent().navigate("");

        Anchor link = _get(Anchor.class, s -> s.withId("home-requests-" + campaign));
        assertThat(link.getText()).isEqualTo(title + ": 1 waiting");
        AnchorsKt._click(link);
        assertThat(page("dashboard")).isPresent();

        signInAs("manager");
        UI.getCurrent().navigate("");
        _assertNone(Anchor.class, s -> s.withId("home-requests-" + campaign));
    }

    private void sendToSweden() {
        SignIn.as(users, "secretariat");
        try {
            long version = TemplateFixtures.publishEveryKind(templates, "SHL").id();
            assignments.create(new NewCampaign(version, "Shell", "", LocalDate.now().plusDays(10), Set.of("SWE")));
        } finally {
            SignIn.out();
        }
    }
}
