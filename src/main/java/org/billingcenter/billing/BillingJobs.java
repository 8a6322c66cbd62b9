package org.billingcenter.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.billingcenter.shared.cluster.ExclusiveRun;
import org.billingcenter.tenant.Feature;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every hour, tenant by tenant, in the tenant's own calendar: rate and charge the last days not
 * done yet (yesterday, normally), issue last month's bills once the issue day has come, and work
 * the arrears countdowns. Each step is a no-op when done, so running often only costs a few
 * queries, and a run cut short is finished by the next one. A tenant's billing takes the lock
 * {@link #lockOf} that staff-started runs take too: a tenant whose run is going on elsewhere is
 * left to that run, and the next hour catches up whatever it did not cover.
 */
@Component
class BillingJobs {

    private static final Logger log = LoggerFactory.getLogger(BillingJobs.class);
    private static final int CATCH_UP_DAYS = 3;

    private final TenantRegistry tenants;
    private final DailyRating rating;
    private final MonthlyBills bills;
    private final ArrearsCases arrears;
    private final BillingProperties settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ExclusiveRun exclusive;

    BillingJobs(TenantRegistry tenants, DailyRating rating, MonthlyBills bills, ArrearsCases arrears, BillingProperties settings,
            PlatformTransactionManager transactions, Clock clock, ExclusiveRun exclusive) {
        this.tenants = tenants;
        this.rating = rating;
        this.bills = bills;
        this.arrears = arrears;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.exclusive = exclusive;
    }

    /** The cluster-wide lock of one tenant's billing: its days, its months and its arrears countdowns. */
    static String lockOf(String tenantId) {
        return "billing:" + tenantId;
    }

    @Scheduled(cron = "${billing.bill-run.job-cron:0 20 * * * *}")
    @SchedulerLock(name = "billing-runs", lockAtMostFor = "PT2H", lockAtLeastFor = "PT1M")
    public void runAll() {
        for (TenantDefinition tenant : tenants.all()) {
            if (!tenant.offers(Feature.PAY_AS_YOU_GO)) {
                continue;
            }
            try {
                boolean ran = SystemIdentity.callAsOperator(tenant.id(), () -> exclusive.ifFree(lockOf(tenant.id()), () -> {
                    catchUp(tenant);
                    return true;
                }).isPresent());
                if (!ran) {
                    log.info("Billing of tenant {} is running on another node; the next run catches up", tenant.id());
                }
            } catch (RuntimeException e) {
                log.error("Billing run failed for tenant {}", tenant.id(), e);
            }
        }
    }

    /** One tenant's due work, as its system operator. */
    void catchUp(TenantDefinition tenant) {
        LocalDate today = LocalDate.now(clock.withZone(tenant.timeZone()));
        for (int back = CATCH_UP_DAYS; back >= 1; back--) {
            rating.rate(today.minusDays(back));
        }
        if (today.getDayOfMonth() >= settings.issueDayOf(tenant.id())) {
            bills.issue(YearMonth.from(today).minusMonths(1));
        }
        transaction.executeWithoutResult(status -> arrears.lockOverdue());
    }
}
