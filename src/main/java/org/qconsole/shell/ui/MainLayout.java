package org.qconsole.shell.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.model.Language;

/**
 * The console's shell: a side navigation with only what the user's roles allow, and a header with
 * who is signed in, in which role, for which country. It is the layout of every route ({@code @Layout});
 * the navigation lists the views annotated with {@code @Menu}, so the shell names no view.
 */
@Layout
@PermitAll
class MainLayout extends AppLayout {

    private String shownPath = "";

    public MainLayout(CurrentUserService currentUsers, AuthenticationContext authentication,
            ConsoleLanguage language) {
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), navigation());
        CurrentUser user = currentUsers.require();
        addToNavbar(new DrawerToggle(), userBox(user, authentication, language));
    }

    /**
     * A new page starts at its top: the content keeps its own scroll position across navigations, so a response
     * opened from a long inbox would otherwise open scrolled down, its heading and submit button out of sight.
     * Moving within a page (another section of a response: the same path) keeps the page's own scrolling.
     */
    @Override
    protected void afterNavigation() {
        super.afterNavigation();
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (!path.equals(shownPath)) {
            shownPath = path;
            getElement().executeJs("const c = this.shadowRoot.querySelector('[content]'); if (c) { c.scrollTop = 0; }");
        }
    }

    private static Component brand() {
        Div brand = new Div(new Span(I18NProvider.translate("shell.brand")));
        brand.addClassName("qc-brand");
        return brand;
    }

    /**
     * Vaadin filters the {@code @Menu} views with the same access control that guards their routes
     * (their {@code @RolesAllowed}), so navigation and route security cannot drift.
     */
    private static SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private static SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(title(entry), entry.menuClass());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            item.setPrefixComponent(new Icon(entry.icon()));
        }
        return item;
    }

    /** A page's title in the navigation and on the home page: {@code menu.<view class>} in the messages. */
    static String title(MenuEntry entry) {
        return I18NProvider.translate("menu." + entry.menuClass().getSimpleName());
    }

    private static Component userBox(CurrentUser user, AuthenticationContext authentication,
            ConsoleLanguage language) {
        Avatar avatar = new Avatar(user.displayName());
        Span name = new Span(user.displayName());
        name.setId("current-user-name");
        name.addClassName("qc-user-name");
        Span role = new Span(user.isSetUp() ? roles(user) : I18NProvider.translate("shell.noRole"));
        role.setId("current-user-role");
        role.addClassName("qc-user-detail");
        Div who = new Div(name, role);
        who.addClassName("qc-user");
        user.country().map(state -> state.label(UI.getCurrent().getLocale())).ifPresent(label -> {
            Span country = new Span(label);
            country.setId("current-user-country");
            country.addClassName("qc-user-country");
            who.add(country);
        });
        Button logout = new Button(I18NProvider.translate("shell.signOut"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(languageSwitch(language), avatar, who, logout);
        box.setAlignItems(HorizontalLayout.Alignment.CENTER);
        box.addClassName("qc-user-box");
        return box;
    }

    /** The six languages, each in its own name; the choice is remembered for the user. */
    private static Select<Language> languageSwitch(ConsoleLanguage language) {
        Select<Language> select = new Select<>();
        select.setId("console-language");
        select.setAriaLabel(I18NProvider.translate("shell.language"));
        select.setItems(Language.values());
        select.setItemLabelGenerator(Language::nativeName);
        select.setValue(Language.of(UI.getCurrent().getLocale()));
        select.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                language.choose(change.getValue());
            }
        });
        return select;
    }

    /** "Secretariat", or "Country focal point, Country contributor" in the page's language. */
    private static String roles(CurrentUser user) {
        return user.roles().stream().sorted().map(role -> I18NProvider.translate(role.messageKey()))
                .collect(Collectors.joining(", "));
    }
}
