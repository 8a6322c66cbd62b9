package org.billingcenter.wallet;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Addresses on the tenant's own host, for a provider to send the payer back to: the host the payer
 * is using (it serves this tenant, or the request would not have reached here), else the tenant's
 * first declared host.
 */
@Component
class PortalAddress {

    private final TenantRegistry tenants;

    PortalAddress(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    String of(TenantDefinition tenant, String path) {
        return currentRequest()
                .filter(request -> tenants.forHost(request.getServerName()).map(tenant::equals).orElse(false))
                .map(request -> ServletUriComponentsBuilder.fromContextPath(request).path("/" + path).toUriString())
                .orElseGet(() -> "https://" + tenant.hosts().getFirst() + "/" + path);
    }

    private static Optional<HttpServletRequest> currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? Optional.of(attributes.getRequest()) : Optional.empty();
    }
}
