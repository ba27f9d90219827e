package org.qconsole.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.qconsole.admin.ui.InstallationView;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.ui.CampaignsView;
import org.qconsole.assignment.ui.InboxView;
import org.qconsole.country.ui.MemberStatesView;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.ui.AccountNotSetUpView;
import org.qconsole.template.ui.TemplatesView;

/** Where every user lands: what this console is for them, and what they can do here now. */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Home · Questionnaire Console")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final transient CurrentUser user;

    private final transient AssignmentService assignments;

    public HomeView(CurrentUserService currentUsers, AssignmentService assignments) {
        this.user = currentUsers.require();
        this.assignments = assignments;
        setId("home");
        addClassName("qc-page");
        add(new H1("Welcome, " + user.displayName()));
        if (user.has(Role.SECRETARIAT)) {
            add(section("Secretariat",
                    "You design the questionnaires, send them to States parties and review their answers.",
                    link("Campaigns", CampaignsView.class,
                            "send a published questionnaire to member States and follow where each stands."),
                    link("Templates", TemplatesView.class,
                            "questionnaire templates and their versions: preview, publish, import and export."),
                    link("Member States", MemberStatesView.class,
                            "the 193 United Nations member States and their regional groups, to whom questionnaires go."),
                    link("Installation", InstallationView.class,
                            "the state of this console: database, migrations and sign-in.")));
        }
        if (user.has(Role.MANAGER)) {
            add(section("Manager",
                    "You follow which States have answered, who is late, and what States said.",
                    link("Campaigns", CampaignsView.class, "the questionnaires sent out and every State's status."),
                    link("Member States", MemberStatesView.class,
                            "the 193 United Nations member States and their regional groups.")));
        }
        user.country().ifPresent(country -> add(countrySection(country.name())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!user.isSetUp()) {
            event.forwardTo(AccountNotSetUpView.class);
        }
    }

    private Component countrySection(String countryName) {
        String duty = user.has(Role.COUNTRY_FOCAL_POINT)
                ? "As national focal point you answer questionnaires for " + countryName
                        + " with your colleagues and submit them to the secretariat."
                : "As a contributor you help answer questionnaires for " + countryName
                        + "; your focal point submits them.";
        int open = (int) assignments.myAssignments().stream()
                .filter(a -> a.status() != AssignmentStatus.WITHDRAWN).count();
        VerticalLayout section = new VerticalLayout(new H2(countryName), new Paragraph(duty));
        if (open == 0) {
            section.add(new Paragraph("No questionnaire has been sent to " + countryName + " yet."));
        } else {
            ListItem inbox = new ListItem(new RouterLink("Inbox", InboxView.class));
            inbox.add(": " + open + (open == 1 ? " questionnaire" : " questionnaires") + " from the secretariat.");
            section.add(new Paragraph("What you can do here now:"), new UnorderedList(inbox));
        }
        section.setPadding(false);
        section.setId("home-country");
        return section;
    }

    private static ListItem link(String label, Class<? extends Component> view, String description) {
        ListItem item = new ListItem(new RouterLink(label, view));
        item.add(": " + description);
        return item;
    }

    private static Component section(String title, String duty, ListItem... links) {
        UnorderedList list = new UnorderedList(links);
        VerticalLayout section = new VerticalLayout(new H2(title), new Paragraph(duty),
                new Paragraph("What you can do here now:"), list);
        section.setPadding(false);
        return section;
    }
}
