package org.billingcenter.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells the operator when demo data was asked for but not written, and why (see {@link DemoDataAllowed}). */
@Component
class DemoDataRefusal {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRefusal.class);

    private final Environment environment;

    DemoDataRefusal(Environment environment) {
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnIfRefused() {
        var outcome = DemoDataAllowed.outcome(environment);
        if (!outcome.isMatch() && environment.getProperty(DemoDataAllowed.ENABLED, Boolean.class, false)) {
            log.warn("No demo data written: {}", outcome.getMessage());
        }
    }
}
