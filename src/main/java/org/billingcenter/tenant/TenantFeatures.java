package org.billingcenter.tenant;

import java.lang.reflect.AnnotatedElement;
import java.util.Optional;

import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Service;

/**
 * Whether the tenant of the current work offers a feature. Views, menus, services and jobs all ask
 * here, so one tenant file switches a capability off everywhere at once.
 */
@Service
public class TenantFeatures {

    private final TenantRegistry tenants;

    public TenantFeatures(TenantRegistry tenants) {
        this.tenants = tenants;
    }

    public boolean enabled(Feature feature) {
        return tenants.current().offers(feature);
    }

    public boolean enabled(String tenantId, Feature feature) {
        return tenants.get(tenantId).offers(feature);
    }

    /** Refuses the call when the current tenant does not offer the feature. */
    public void require(Feature feature) {
        String tenantId = TenantContext.require();
        if (!enabled(tenantId, feature)) {
            throw new FeatureUnavailableException(tenantId, feature);
        }
    }

    /** The feature a class or method is marked with, if any (the method's own mark wins). */
    public static Optional<Feature> requiredBy(AnnotatedElement element) {
        return Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(element, RequiresFeature.class))
                .map(RequiresFeature::value);
    }

    /** True when the element carries no feature mark, or the current tenant offers its feature. */
    public boolean allows(AnnotatedElement element) {
        return requiredBy(element).map(this::enabled).orElse(true);
    }
}
