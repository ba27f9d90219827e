package org.qconsole.shell;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qconsole.admin.ui.InstallationView;
import org.qconsole.shell.ui.HomeView;
import org.qconsole.country.ui.MemberStatesView;
import org.qconsole.shell.ui.AccessDeniedView;
import org.qconsole.identity.ui.AccountNotSetUpView;
import org.qconsole.template.ui.TemplateVersionView;
import org.qconsole.template.ui.TemplatesView;
import org.qconsole.support.ViewTest;

/** The shell: navigation by role, the header, and what users may open by typing a route. */
class ShellViewTest extends ViewTest {

    @Test
    void theSecretariatSeesEveryPageAndNoCountry() {
        signInAs("secretariat");

        assertThat(navigation()).containsExactly("Home", "Campaigns", "Dashboards", "Templates", "Reminders", "Member States", "Plugins",
                "Installation");
        assertThat(_get(Span.class, s -> s.withId("current-user-name")).getText()).isEqualTo("Amina Diallo");
        assertThat(_get(Span.class, s -> s.withId("current-user-role")).getText()).isEqualTo("Secretariat");
        _assertNone(Span.class, s -> s.withId("current-user-country"));
        _get(HomeView.class);
    }

    @Test
    void managersSeeMemberStatesButNotTheInstallation() {
        signInAs("manager");

        assertThat(navigation()).containsExactly("Home", "Campaigns", "Dashboards", "Member States");
        UI.getCurrent().navigate(InstallationView.class);
        _assertNone(InstallationView.class);
        _get(AccessDeniedView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"swe.focal", "swe.contributor"})
    void countryUsersSeeTheirCountryInTheHeaderAndOnlyHome(String username) {
        signInAs(username);

        assertThat(navigation()).containsExactly("Home", "Inbox");
        assertThat(_get(Span.class, s -> s.withId("current-user-country")).getText()).isEqualTo("Sweden (SWE)");
        assertThat(_get(HomeView.class).getElement().getTextRecursively())
                .contains("questionnaires for Sweden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"installation", "member-states", "templates", "templates/version/1", "campaigns",
        "campaign/1"})
    void aCountryUserCannotOpenASecretariatRouteByTypingIt(String route) {
        signInAs("fra.focal");

        UI.getCurrent().navigate(route);

        _assertNone(InstallationView.class);
        _assertNone(MemberStatesView.class);
        _assertNone(TemplatesView.class);
        _assertNone(TemplateVersionView.class);
        _get(AccessDeniedView.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"templates", "templates/version/1"})
    void managersCannotOpenTheDesigner(String route) {
        signInAs("manager");

        UI.getCurrent().navigate(route);

        _assertNone(TemplatesView.class);
        _assertNone(TemplateVersionView.class);
        _get(AccessDeniedView.class);
    }

    @Test
    void anAccountWithoutARoleIsToldItIsNotSetUp() {
        signInAs("no.role");

        _get(AccountNotSetUpView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("account-problem")).getText())
                .isEqualTo("Your account has no role in this console.");
        UI.getCurrent().navigate(MemberStatesView.class);
        _assertNone(MemberStatesView.class);
        _get(AccessDeniedView.class);
    }

    @Test
    void aCountryAccountWithAnUnknownCountryIsToldItIsNotSetUp() {
        signInAs("bad.country");

        _get(AccountNotSetUpView.class);
        assertThat(_get(Paragraph.class, s -> s.withId("account-problem")).getText()).contains("\"XXX\"");
    }

    private static List<String> navigation() {
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }
}
