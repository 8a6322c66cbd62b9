package org.billingcenter.account;

import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one place that makes the addresses put into e-mails and texts (confirmation and reset
 * links). Tenants have no configured public address yet, so a link points at the host the
 * person is using, which is the tenant's own portal, else at the tenant's first host; when the
 * tenant file gains a public address, this class is where it is read.
 */
@Component
class PortalLinks {

    private final TenantRegistry tenants;

    PortalLinks(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    /** An absolute link to a route of the current tenant's portal, e.g. {@code confirm-email/<token>}. */
    String to(String route) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
            return ServletUriComponentsBuilder.fromCurrentContextPath().path("/" + route).toUriString();
        }
        return "https://" + tenants.current().hosts().getFirst() + "/" + route;
    }
}
