package org.billingcenter.tenant;

import org.billingcenter.shared.error.BusinessRuleException;

/** A call to a capability the tenant does not offer; views show it like any refused request. */
public class FeatureUnavailableException extends BusinessRuleException {

    private final Feature feature;

    public FeatureUnavailableException(String tenantId, Feature feature) {
        super("feature.unavailable", tenantId, feature.name());
        this.feature = feature;
    }

    public Feature feature() {
        return feature;
    }
}
