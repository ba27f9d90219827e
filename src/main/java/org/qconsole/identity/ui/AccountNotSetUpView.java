package org.qconsole.identity.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.qconsole.identity.CurrentUser;
import org.qconsole.model.Language;
import org.qconsole.identity.CurrentUserService;

/**
 * Shown to a signed-in user whose account cannot use the console: no console role, or a country role
 * without a valid member State. It says why and whom to ask, rather than failing.
 */
// The home page forwards here by this route; no shell, as the account has no role to navigate with.
@Route(value = "account-not-set-up", autoLayout = false)
@PermitAll
class AccountNotSetUpView extends VerticalLayout implements HasDynamicTitle {

    public AccountNotSetUpView(CurrentUserService currentUsers, AuthenticationContext authentication) {
        CurrentUser user = currentUsers.require();
        setId("account-not-set-up");
        addClassName("qc-page");
        add(new H1(getTranslation("identity.accountNotSetUp.title")));
        Paragraph reason = new Paragraph(user.setUpProblem().map(problem -> problem.in(Language.of(getLocale()))).orElseGet(() -> getTranslation("identity.accountNotSetUp.setUp")));
        reason.setId("account-problem");
        add(reason);
        add(new Paragraph(getTranslation("identity.accountNotSetUp.text", user.username())));
        Button signOut = new Button(getTranslation("identity.signOut"), VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        signOut.setId("logout");
        add(signOut);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("shell.pageTitle", getTranslation("identity.accountNotSetUp.pageTitle"));
    }
}
