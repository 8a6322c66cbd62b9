package org.billingcenter.support;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockRouteAccessDeniedError;
import com.github.mvysny.kaributesting.v10.MockRouteNotFoundError;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.server.VaadinServletRequest;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.shared.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Base of the browser-less UI tests: a mocked Vaadin session inside one tenant, optionally with a
 * signed-in user, over the suite's single Spring context.
 */
public abstract class UiTest extends ApplicationTest {

    /** The application's routes; its own error pages are left out, so a refusal surfaces as karibu's exception. */
    private static final Routes ROUTES = withoutAppErrorPages(new Routes().autoDiscoverViews("org.billingcenter"));
    /** The application's routes with its own error pages, as a browser gets them. */
    private static final Routes ROUTES_WITH_ERROR_PAGES = withoutKaribuErrorPages(new Routes().autoDiscoverViews("org.billingcenter"));

    @Autowired
    private ApplicationContext context;

    /** Opens the portal of a tenant as an anonymous visitor. */
    protected void openPortal(String tenantId) {
        TenantContext.bind(tenantId);
        Routes routes = appErrorPages() ? ROUTES_WITH_ERROR_PAGES : ROUTES;
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
    }

    /** Whether a test sees the application's access-denied and not-found pages instead of karibu's exceptions. */
    protected boolean appErrorPages() {
        return false;
    }

    private static Routes withoutKaribuErrorPages(Routes routes) {
        routes.getErrorRoutes().removeIf(page -> page.getName().startsWith("com.github.mvysny."));
        return routes;
    }

    private static Routes withoutAppErrorPages(Routes routes) {
        routes.getErrorRoutes().removeIf(page -> page.getName().startsWith("org.billingcenter."));
        // Discovery dropped karibu's own pages for the exceptions the application's pages handle: put them back.
        return routes.addErrorRoutes(MockRouteNotFoundError.class, MockRouteAccessDeniedError.class);
    }

    /** Opens the portal of the user's tenant, signed in as them. */
    protected void signIn(SignedInUser user) {
        openPortal(user.tenantId());
        SignedInUserPrincipal principal = new SignedInUserPrincipal(user, null, true);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        // Like Spring Security's request wrapper: roles are read from the security context at each check.
        request.setUserInRole((principalArg, role) -> currentRoles().contains(role.replaceFirst("^ROLE_", "")));
    }

    private static Set<String> currentRoles() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(a -> a.getAuthority().replaceFirst("^ROLE_", ""))
                .collect(Collectors.toSet());
    }

    protected void navigate(String location) {
        UI.getCurrent().navigate(location);
    }

    /** Signs in someone else in a fresh browser, as a second person at another desk would. */
    protected void switchTo(SignedInUser user) {
        MockVaadin.tearDown();
        signIn(user);
    }

    protected static void click(String id) {
        _click(_get(Button.class, s -> s.withId(id)));
    }

    protected static <C extends Component> C find(Class<C> type, String id) {
        return _get(type, s -> s.withId(id));
    }

    protected static <V> void type(Class<? extends AbstractField<?, V>> type, String id, V value) {
        Input.type(find(type, id), value);
    }

    /** The texts of the notifications on screen. */
    protected static List<String> notifications() {
        return NotificationsKt.getNotifications().stream().map(n -> n.getElement().getProperty("text", "")).toList();
    }

    @AfterEach
    void closeUi() {
        MockVaadin.tearDown();
    }

}
