package org.billingcenter.shell;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Adds the {@link ReferenceView} at {@code /reference} when {@code billing.load-reference-view=true}:
 * a deployment measured by the load benchmark, never a deployment people use.
 */
@Component
@ConditionalOnProperty(name = "billing.load-reference-view", havingValue = "true")
class ReferenceRoute implements VaadinServiceInitListener {

    static final String PATH = "reference";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forApplicationScope().setRoute(PATH, ReferenceView.class);
    }
}
