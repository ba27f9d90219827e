package org.qconsole.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.qconsole.response.CountryRequests;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.common.ui.MenuSummary;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;

/**
 * Where every user lands: what this console is for them, and what they can do here now. The list is
 * the side navigation's ({@code @Menu} views the user may open), each with its {@link MenuSummary}.
 */
@Route("")
@Menu(title = "Home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    private final transient CurrentUser user;

    public HomeView(CurrentUserService currentUsers, AssignmentService assignments, CountryRequests requests) {
        this.user = currentUsers.require();
        setId("home");
        addClassName("qc-page");
        add(new H1(getTranslation("home.welcome", user.displayName())));
        if (user.has(Role.SECRETARIAT)) {
            add(section(getTranslation(Role.SECRETARIAT.messageKey()), getTranslation("home.secretariat")));
            add(waiting(requests.waiting()));
        }
        if (user.has(Role.MANAGER)) {
            add(section(getTranslation(Role.MANAGER.messageKey()), getTranslation("home.manager")));
        }
        user.country().ifPresent(country -> add(countrySection(country.name(getLocale()), assignments)));
        List<MenuEntry> pages = MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() != HomeView.class).toList();
        if (user.isSetUp() && !pages.isEmpty()) {
            UnorderedList list = new UnorderedList(pages.stream().map(HomeView::link).toArray(ListItem[]::new));
            list.setId("home-pages");
            add(new Paragraph(getTranslation("home.pages")), list);
        }
    }

    /** The campaigns whose States wait for the secretariat's decision on a request, each a link to its dashboard. */
    private Div waiting(List<CountryRequests.Waiting> campaigns) {
        Div waiting = new Div();
        waiting.setId("home-requests");
        if (!campaigns.isEmpty()) {
            UnorderedList list = new UnorderedList(campaigns.stream().map(c -> {
                Anchor link = new Anchor("dashboard/" + c.campaignId(), getTranslation("home.requests.campaign",
                        c.campaignTitle(), c.requests()));
                link.setId("home-requests-" + c.campaignId());
                return new ListItem(link);
            }).toArray(ListItem[]::new));
            waiting.add(new Paragraph(getTranslation("home.requests")), list);
        }
        return waiting;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!user.isSetUp()) {
            event.forwardTo("account-not-set-up");
        }
    }

    private Component countrySection(String countryName, AssignmentService assignments) {
        String duty = user.has(Role.COUNTRY_FOCAL_POINT) ? getTranslation("home.focalPoint", countryName)
                : getTranslation("home.contributor", countryName);
        int open = (int) assignments.myAssignments().stream()
                .filter(a -> a.status() != AssignmentStatus.WITHDRAWN).count();
        Paragraph inbox = new Paragraph(open == 0 ? getTranslation("home.noQuestionnaire", countryName)
                : getTranslation("home.inbox", open));
        inbox.setId("home-open-questionnaires");
        VerticalLayout section = new VerticalLayout(new H2(countryName), new Paragraph(duty), inbox);
        section.setPadding(false);
        section.setId("home-country");
        return section;
    }

    private static ListItem link(MenuEntry page) {
        ListItem item = new ListItem(new RouterLink(MainLayout.title(page), page.menuClass()));
        MenuSummary summary = page.menuClass().getAnnotation(MenuSummary.class);
        if (summary != null) {
            item.add(I18NProvider.translate("home.summary", I18NProvider.translate(summary.value())));
        }
        return item;
    }

    private static Component section(String title, String duty) {
        VerticalLayout section = new VerticalLayout(new H2(title), new Paragraph(duty));
        section.setPadding(false);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("menu.HomeView"));
    }
}
