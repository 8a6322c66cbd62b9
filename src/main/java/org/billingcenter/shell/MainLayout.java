package org.billingcenter.shell;

import java.util.List;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The signed-in frame: brand, navigation and the user's menu. Navigation lists only the routes
 * this user may open (Vaadin checks each route's access annotations), titled in their language.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(TenantRegistry tenants, AuthenticationContext authentication, MenuEntries menu,
            ApplicationEventPublisher events) {
        var brand = tenants.currentBranding();
        HorizontalLayout header = Branding.header(brand);
        header.setWidthFull();
        header.add(spacer());
        if (tenants.current().locales().size() > 1) {
            // Only where there is a choice: every open page keeps its frame, and a hidden switch would cost each of them.
            header.add(new LanguageSwitch(tenants.current().locales(), chosen -> events.publishEvent(new LanguageChosen(chosen))));
        }
        if (CurrentUser.get().isPresent()) {
            // A visitor sees the frame only around the not-found page: no one to sign out.
            header.add(userBox(authentication));
        }
        header.addClassName("app-header");
        // On a phone the menu folds into a drawer that this button opens.
        DrawerToggle toggle = new DrawerToggle();
        toggle.setId("drawer-toggle");
        toggle.setAriaLabel(getTranslation("shell.menuToggle"));
        addToNavbar(toggle, header);
        addToDrawer(navigation(menu));
        setPrimarySection(Section.DRAWER);
        keepThePageBehindTheDrawerOutOfReach();
    }

    /**
     * While the drawer is open over the page (on a phone), the app layout hides the header and the
     * view from screen readers; they are made inert too, so none of their buttons or fields can
     * take the keyboard focus while a screen reader is told they are not there.
     */
    private void keepThePageBehindTheDrawerOutOfReach() {
        getElement().executeJs("""
                const layout = this;
                const behind = () => [...layout.children].filter(part => part.getAttribute('slot') !== 'drawer'
                    && part.localName !== 'vaadin-drawer-toggle');
                const follow = () => behind().forEach(part => part.inert = layout.overlay && layout.drawerOpened);
                layout.addEventListener('drawer-opened-changed', follow);
                layout.addEventListener('overlay-changed', follow);""");
    }

    private SideNav navigation(MenuEntries menu) {
        SideNav nav = new SideNav();
        nav.setId("main-navigation");
        List<MenuEntry> entries = CurrentUser.get().map(menu::of).orElseGet(menu::offered);
        entries.forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        return nav;
    }

    private HorizontalLayout userBox(AuthenticationContext authentication) {
        Span who = new Span(CurrentUser.get().map(SignedInUser::displayName).orElse(""));
        who.setId("signed-in-user");
        Button signOut = new Button(getTranslation("shell.signOut"), click -> authentication.logout());
        signOut.setId("sign-out");
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout box = new HorizontalLayout(who, signOut);
        box.setAlignItems(FlexComponent.Alignment.CENTER);
        return box;
    }

    private static Span spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }
}
