package org.billingcenter.account;

import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * The one place that makes the addresses put into e-mails and texts (confirmation and reset
 * links, the online invoice a notice points to). A link starts at the tenant's configured public URL, never at the request's scheme and
 * host: those are whatever the sender or a proxy said, and a token sent to an attacker's host or
 * over plain HTTP would be given away.
 */
@Component
public class PortalLinks {

    private final TenantRegistry tenants;

    PortalLinks(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    /** An absolute link to a route of the current tenant's portal, e.g. {@code confirm-email/<token>}. */
    public String to(String route) {
        return tenants.current().publicUrl() + "/" + route;
    }
}
