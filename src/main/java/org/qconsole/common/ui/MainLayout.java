package org.qconsole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.qconsole.admin.ui.InstallationView;
import org.qconsole.assignment.ui.CampaignsView;
import org.qconsole.assignment.ui.InboxView;
import org.qconsole.country.MemberState;
import org.qconsole.country.ui.MemberStatesView;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.template.ui.TemplatesView;

/**
 * The console's shell: a side navigation with only what the user's roles allow, and a header with
 * who is signed in, in which role, for which country.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final transient AccessAnnotationChecker accessChecker;

    public MainLayout(CurrentUserService currentUsers, AuthenticationContext authentication,
            AccessAnnotationChecker accessChecker) {
        this.accessChecker = accessChecker;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        CurrentUser user = currentUsers.require();
        addToNavbar(new DrawerToggle(), userBox(user, authentication));
    }

    private static Component brand() {
        Div brand = new Div(new Span("Questionnaire Console"));
        brand.addClassName("qc-brand");
        return brand;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        addIfAllowed(nav, "Home", HomeView.class, VaadinIcon.HOME);
        addIfAllowed(nav, "Inbox", InboxView.class, VaadinIcon.INBOX);
        addIfAllowed(nav, "Campaigns", CampaignsView.class, VaadinIcon.PAPERPLANE_O);
        addIfAllowed(nav, "Dashboards", org.qconsole.dashboard.ui.OverviewView.class, VaadinIcon.CHART);
        addIfAllowed(nav, "Templates", TemplatesView.class, VaadinIcon.FILE_TEXT_O);
        addIfAllowed(nav, "Reminders", org.qconsole.reminder.ui.ReminderSettingsView.class, VaadinIcon.ENVELOPE_O);
        addIfAllowed(nav, "Member States", MemberStatesView.class, VaadinIcon.GLOBE);
        addIfAllowed(nav, "Plugins", org.qconsole.plugin.ui.PluginsView.class, VaadinIcon.PLUG);
        addIfAllowed(nav, "Installation", InstallationView.class, VaadinIcon.COG);
        return nav;
    }

    /** Navigation is derived from the same annotations that guard the routes, so the two cannot drift. */
    private void addIfAllowed(SideNav nav, String label, Class<? extends Component> view, VaadinIcon icon) {
        if (accessChecker.hasAccess(view)) {
            nav.addItem(new SideNavItem(label, view, icon.create()));
        }
    }

    private static Component userBox(CurrentUser user, AuthenticationContext authentication) {
        Avatar avatar = new Avatar(user.displayName());
        Span name = new Span(user.displayName());
        name.setId("current-user-name");
        name.addClassName("qc-user-name");
        Span role = new Span(user.isSetUp() ? user.rolesLabel() : "No console role");
        role.setId("current-user-role");
        role.addClassName("qc-user-detail");
        Div who = new Div(name, role);
        who.addClassName("qc-user");
        user.country().map(MemberState::label).ifPresent(label -> {
            Span country = new Span(label);
            country.setId("current-user-country");
            country.addClassName("qc-user-country");
            who.add(country);
        });
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(avatar, who, logout);
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        box.addClassName("qc-user-box");
        return box;
    }
}
