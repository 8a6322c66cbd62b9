package org.billingcenter.shell;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * The menu a signed-in person sees, remembered per set of roles. Vaadin decides which routes a
 * person may open from their roles alone (the routes' access annotations), so everyone with the
 * same roles gets the same entries; asking Vaadin once per set spares every new page the access
 * check of each of the application's routes.
 */
@Component
class MenuEntries {

    private final Map<Set<Role>, List<MenuEntry>> byRoles = new ConcurrentHashMap<>();

    /** Vaadin's menu for this person: asked while they are the current user, the first time their roles are seen. */
    List<MenuEntry> of(SignedInUser user) {
        return byRoles.computeIfAbsent(Set.copyOf(user.roles()), roles -> List.copyOf(MenuConfiguration.getMenuEntries()));
    }
}
