package org.billingcenter.billing;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.cluster.ExclusiveRun;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;

/**
 * The operators' handle on billing runs: start the rating of a past day or the bill run of a
 * closed month (in the background, one run at a time on this node) and follow its progress. A
 * run that is done changes nothing when started again; one that stopped half-way resumes. A run
 * waits for the tenant's billing lock, which the scheduled run and the runs started on every other
 * node take too: the same day started on two nodes at once is worked by one, and the other then
 * finds it done.
 */
@Service
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillingRunService {

    /** A bill run of a large tenant takes minutes; a run waiting longer than this is given up. */
    private static final Duration WAIT_FOR_OTHER_RUN = Duration.ofHours(1);

    private final DailyRating rating;
    private final MonthlyBills bills;
    private final RunLog runs;
    private final TenantRegistry tenants;
    private final Clock clock;
    private final ExclusiveRun exclusive;
    private final ExecutorService background = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "billing-run");
        thread.setDaemon(true);
        return thread;
    });

    BillingRunService(DailyRating rating, MonthlyBills bills, RunLog runs, TenantRegistry tenants, Clock clock, ExclusiveRun exclusive) {
        this.rating = rating;
        this.bills = bills;
        this.runs = runs;
        this.tenants = tenants;
        this.clock = clock;
        this.exclusive = exclusive;
    }

    /** Rates and charges a past day; completes with true when there was work, false when the day was done. */
    @RolesAllowed(Role.Names.OPERATOR)
    public CompletableFuture<Boolean> runDay(LocalDate day) {
        if (!day.isBefore(today())) {
            throw new BusinessRuleException("billing.dayNotOver", day);
        }
        return inBackground(() -> rating.rate(day));
    }

    /** Issues a closed month's bills (rating any of its days not done yet). */
    @RolesAllowed(Role.Names.OPERATOR)
    public CompletableFuture<Boolean> runMonth(YearMonth month) {
        if (!month.isBefore(YearMonth.from(today()))) {
            throw new BusinessRuleException("billing.monthNotClosed", month);
        }
        return inBackground(() -> bills.issue(month));
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public List<RunStatus> recentRuns(int limit) {
        return runs.recent(limit);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public Optional<RunStatus> run(String kind, String period) {
        return runs.find(kind, period);
    }

    private CompletableFuture<Boolean> inBackground(java.util.function.Supplier<Boolean> work) {
        SignedInUser operator = CurrentUser.require();
        return CompletableFuture.supplyAsync(() -> SystemIdentity.callAs(operator, () -> exclusive
                .whenFree(BillingJobs.lockOf(operator.tenantId()), WAIT_FOR_OTHER_RUN, work)
                .orElseThrow(() -> new IllegalStateException("Another billing run of tenant " + operator.tenantId()
                        + " held the lock for over " + WAIT_FOR_OTHER_RUN + "; nothing was started"))), background);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.current().timeZone()));
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
