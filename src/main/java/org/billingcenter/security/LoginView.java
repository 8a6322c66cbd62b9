package org.billingcenter.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.billingcenter.shell.Branding;
import org.billingcenter.shell.LanguageSwitch;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/** The tenant's branded sign-in page. The form posts to Spring Security's login endpoint. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final String brandName;

    public LoginView(TenantRegistry tenants) {
        var brand = tenants.currentBranding();
        this.brandName = brand.brandName();
        addClassName("login-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);

        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        form.setId("login-form");

        Anchor signUp = new Anchor("signup", getTranslation("login.signUp"));
        signUp.setId("sign-up-link");
        Anchor forgotPassword = new Anchor("forgot-password", getTranslation("login.forgotPassword"));
        forgotPassword.setId("forgot-password-link");
        Paragraph browsers = new Paragraph(getTranslation("login.browsers"));
        browsers.addClassName("supported-browsers");
        browsers.setId("supported-browsers");
        add(Branding.header(brand), new LanguageSwitch(tenants.current().locales()), form, forgotPassword, signUp, browsers);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.email"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        if (lastFailure() instanceof SignInThrottledException throttled) {
            LoginI18n i18n = i18n();
            i18n.getErrorMessage().setTitle(getTranslation("login.throttled.title"));
            i18n.getErrorMessage().setMessage(getTranslation("login.throttled.message", Math.max(1, throttled.retryAfter().toSeconds())));
            form.setI18n(i18n);
        }
        form.setError(true);
    }

    private static AuthenticationException lastFailure() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request == null || request.getWrappedSession(false) == null) {
            return null;
        }
        return request.getWrappedSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof AuthenticationException e ? e : null;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + brandName;
    }
}
