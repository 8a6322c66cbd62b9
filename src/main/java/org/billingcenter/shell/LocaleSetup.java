package org.billingcenter.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * Picks each new page's language: the reader's earlier choice (in this session, saved as theirs, or
 * in a cookie) if the tenant offers it, else the tenant's default. Browser language is not used: an operator's portal speaks its market's language.
 */
@Component
class LocaleSetup implements VaadinServiceInitListener {

    private final TenantRegistry tenants;

    LocaleSetup(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            TenantDefinition tenant = tenants.current();
            Locale chosen = Optional.ofNullable(init.getUI().getSession().getAttribute(LanguageSwitch.CHOSEN))
                    .map(Locale.class::cast)
                    .or(() -> CurrentUser.get().map(SignedInUser::preferredLocale))
                    .or(() -> cookieLocale(VaadinRequest.getCurrent()))
                    .filter(tenant.locales()::contains)
                    .orElse(tenant.defaultLocale());
            init.getUI().getSession().setLocale(chosen);
            init.getUI().setLocale(chosen);
            // Screen readers pick their voice from the page's language.
            init.getUI().getPage().executeJs("document.documentElement.lang = $0", chosen.toLanguageTag());
            Branding.applyColour(init.getUI(), tenants.currentBranding());
        });
    }

    private static Optional<Locale> cookieLocale(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies()).filter(c -> LanguageSwitch.COOKIE.equals(c.getName())).findFirst()
                .map(c -> Locale.forLanguageTag(c.getValue()));
    }
}
