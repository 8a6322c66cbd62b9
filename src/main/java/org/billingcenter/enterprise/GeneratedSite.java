package org.billingcenter.enterprise;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.billingcenter.tenant.TenantDefinition.HostingPlan;

/** One generated site and its history, drawn from plausible rates (about 1 in 8 sites leaves, 1 in 10 outgrows its plan). */
record GeneratedSite(int contractIndex, String name, String owner, String department, SitePlan initialPlan, SiteStatus status,
        LocalDate createdOn, List<Change> changes, LocalDate frozenOn, LocalDate deactivatedOn, boolean deleted, long traffic) {

    record Change(LocalDate on, SitePlan from, SitePlan to, boolean automatic) {
    }

    /** Plans are the tenant's, smallest first; about half the sites start on the smallest, few on the largest. */
    static GeneratedSite random(Random random, int index, LocalDate start, LocalDate today, List<HostingPlan> plans) {
        int days = (int) ChronoUnit.DAYS.between(start, today);
        LocalDate created = random.nextInt(100) < 35 ? start : start.plusDays(random.nextInt(days));
        int draw = random.nextInt(100);
        int rank = Math.min(plans.size() - 1, draw < 50 ? 0 : draw < 80 ? 1 : draw < 95 ? 2 : 3);
        SitePlan plan = SitePlan.of(plans.get(rank).code());
        SiteStatus status = random.nextInt(100) < 3 ? SiteStatus.SANDBOX : SiteStatus.ACTIVE;
        LocalDate deactivated = null;
        if (status == SiteStatus.ACTIVE && random.nextInt(100) < 12 && created.isBefore(today.minusDays(1))) {
            deactivated = between(random, created.plusDays(1), today);
        }
        LocalDate end = deactivated == null ? today : deactivated;
        List<Change> changes = new ArrayList<>();
        SitePlan current = plan;
        int currentRank = rank;
        if (random.nextInt(100) < 10 && rank < plans.size() - 1 && created.isBefore(end.minusDays(2))) {
            SitePlan bigger = SitePlan.of(plans.get(rank + 1).code());
            LocalDate on = between(random, created.plusDays(1), end);
            changes.add(new Change(on, current, bigger, true));
            current = bigger;
            currentRank = rank + 1;
            if (random.nextInt(100) < 15 && on.isBefore(end.minusDays(2))) {
                changes.add(new Change(between(random, on.plusDays(1), end), current, plan, false));
                current = plan;
                currentRank = rank;
            }
        }
        LocalDate frozen = null;
        if (deactivated == null && status == SiteStatus.ACTIVE && random.nextInt(100) < 2) {
            frozen = between(random, created, today);
            status = SiteStatus.FROZEN;
        }
        if (deactivated != null) {
            status = SiteStatus.DEACTIVATED;
        }
        long low = currentRank == 0 ? 1_000 : plans.get(currentRank - 1).trafficLimit() + 1;
        Long limit = plans.get(currentRank).trafficLimit();
        long high = limit == null ? Math.max(5_000_000, low * 5) : limit;
        long traffic = low + (long) (random.nextDouble() * (high - low));
        int owner = random.nextInt(60);
        String department = random.nextInt(100) < 10 ? null
                : PortfolioGenerator.DEPARTMENTS[random.nextInt(PortfolioGenerator.DEPARTMENTS.length)];
        return new GeneratedSite(index % 5 == 4 ? 1 : 0, PortfolioGenerator.siteName(random, index),
                PortfolioGenerator.owner(owner), department, plan, status, created, changes, frozen, deactivated,
                deactivated != null && random.nextInt(100) < 15, traffic);
    }

    private static LocalDate between(Random random, LocalDate from, LocalDate until) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, until));
        return from.plusDays(random.nextLong(span));
    }

    SitePlan planOn(LocalDate date) {
        SitePlan plan = initialPlan;
        for (Change change : changes) {
            if (change.on().isBefore(date)) {
                plan = change.to();
            }
        }
        return plan;
    }

    boolean liveOn(LocalDate date) {
        return status != SiteStatus.SANDBOX && createdOn.isBefore(date) && (deactivatedOn == null || !deactivatedOn.isBefore(date))
                && (frozenOn == null || !frozenOn.isBefore(date));
    }

    Object[] row(long id, String tenant, long accountId, long contractId) {
        SitePlan plan = changes.isEmpty() ? initialPlan : changes.getLast().to();
        LocalDate planChanged = changes.isEmpty() ? null : changes.getLast().on();
        return new Object[] {id, tenant, accountId, contractId, name, owner, department, initialPlan.code(), plan.code(), status.name(),
            createdOn, planChanged, frozenOn, deactivatedOn, deleted, traffic};
    }
}
