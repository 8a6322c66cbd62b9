package org.billingcenter.wallet;

import java.time.Clock;
import java.time.LocalDate;

import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/** Business days are the tenant's days: a recharge at 01:00 in Shanghai belongs to that Shanghai date. */
@Component
class BusinessDay {

    private final TenantRegistry tenants;
    private final Clock clock;

    BusinessDay(TenantRegistry tenants, Clock clock) {
        this.tenants = tenants;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.current().timeZone()));
    }
}
