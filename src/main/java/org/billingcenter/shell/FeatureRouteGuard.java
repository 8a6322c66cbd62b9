package org.billingcenter.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.billingcenter.tenant.TenantFeatures;
import org.springframework.stereotype.Component;

/**
 * For a tenant without a feature, the routes of that feature do not exist: opening one shows the
 * not-found page, as any unknown address does, rather than a screen that cannot work.
 */
@Component
class FeatureRouteGuard implements VaadinServiceInitListener {

    private final TenantFeatures features;

    FeatureRouteGuard(TenantFeatures features) {
        this.features = features;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target != null && !features.allows(target)) {
            event.rerouteToError(NotFoundException.class, "No such page for this tenant: " + event.getLocation().getPath());
        }
    }
}
