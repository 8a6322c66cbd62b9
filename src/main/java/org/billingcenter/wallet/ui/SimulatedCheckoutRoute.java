package org.billingcenter.wallet.ui;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.billingcenter.wallet.SimulatedPaymentGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The simulated provider's checkout page exists only where the simulated provider does
 * ({@code billing.payments.simulated.enabled}): elsewhere its route is taken out of the router, so
 * its address is simply not found.
 */
@Component
class SimulatedCheckoutRoute implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SimulatedCheckoutRoute.class);

    private final ObjectProvider<SimulatedPaymentGateway> gateway;

    SimulatedCheckoutRoute(ObjectProvider<SimulatedPaymentGateway> gateway) {
        this.gateway = gateway;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (gateway.getIfAvailable() == null) {
            RouteConfiguration.forApplicationScope().removeRoute(SimulatedCheckoutView.class);
            log.info("The simulated payment provider is off: its checkout page is not served");
        }
    }
}
