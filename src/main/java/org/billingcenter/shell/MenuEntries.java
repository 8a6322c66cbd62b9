package org.billingcenter.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantFeatures;
import org.springframework.stereotype.Component;

/**
 * The menu a signed-in person sees, remembered per tenant and set of roles. Vaadin decides which
 * routes a person may open from their roles alone (the routes' access annotations), and the tenant's
 * features remove the routes it does not offer; so everyone with the same roles in a tenant gets the
 * same entries, and asking once per pair spares every new page the check of each route.
 */
@Component
class MenuEntries {

    private final Map<Key, List<MenuEntry>> byTenantAndRoles = new ConcurrentHashMap<>();
    private final TenantFeatures features;

    MenuEntries(TenantFeatures features) {
        this.features = features;
    }

    /** Vaadin's menu for this person, less other features' entries: asked while they are the current user. */
    List<MenuEntry> of(SignedInUser user) {
        return byTenantAndRoles.computeIfAbsent(new Key(user.tenantId(), Set.copyOf(user.roles())), key -> offered());
    }

    /** The entries of the current request's user that the tenant offers (for visitors without an account). */
    List<MenuEntry> offered() {
        return MenuConfiguration.getMenuEntries().stream()
                .filter(entry -> entry.menuClass() == null || features.allows(entry.menuClass())).toList();
    }

    private record Key(String tenantId, Set<Role> roles) {
    }
}
