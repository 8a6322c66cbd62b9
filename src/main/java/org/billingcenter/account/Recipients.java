package org.billingcenter.account;

import java.util.Locale;

import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language to write to someone in: the one the person chose, if the tenant offers it, else the
 * tenant's. Asked at sending time, so a message follows the latest choice. Addresses that belong to
 * nobody (a billing contact, an invited person) get the tenant's language.
 */
@Component
public class Recipients {

    private final UserRepository users;
    private final TenantRegistry tenants;

    Recipients(UserRepository users, TenantRegistry tenants) {
        this.users = users;
        this.tenants = tenants;
    }

    @Transactional(readOnly = true)
    public Locale languageOf(String email) {
        String address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        return users.findByEmail(address).map(this::languageOf).orElseGet(() -> tenants.current().defaultLocale());
    }

    Locale languageOf(User user) {
        TenantDefinition tenant = tenants.current();
        Locale chosen = user.getPreferredLocale();
        return chosen != null && tenant.locales().contains(chosen) ? chosen : tenant.defaultLocale();
    }
}
