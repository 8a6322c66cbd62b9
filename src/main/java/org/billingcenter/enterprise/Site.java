package org.billingcenter.enterprise;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A hosted site of an enterprise account, billed under one contract. Its id comes from an id
 * block so that large portfolios load in multi-row inserts. A deleted site is kept (deactivated
 * on the day it was deleted) so the invoice of that period still shows it went.
 */
@Entity
@Table(name = "ent_site")
@Audited
class Site extends TenantOwned {

    @Id
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "contract_id", nullable = false)
    private long contractId;

    @Column(nullable = false, length = 200)
    private String name;

    /** Null while nobody is known to own the site (shown as not determined). */
    @Column(length = 200)
    private String owner;

    @Column(length = 100)
    private String department;

    @Column(name = "initial_plan", nullable = false, length = 20, updatable = false)
    private SitePlan initialPlan;

    @Column(nullable = false, length = 20)
    private SitePlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SiteStatus status;

    @Column(name = "created_on", nullable = false, updatable = false)
    private LocalDate createdOn;

    @Column(name = "plan_changed_on")
    private LocalDate planChangedOn;

    @Column(name = "frozen_on")
    private LocalDate frozenOn;

    @Column(name = "deactivated_on")
    private LocalDate deactivatedOn;

    @Column(nullable = false)
    private boolean deleted;

    @Column(name = "monthly_traffic", nullable = false)
    private long monthlyTraffic;

    @Version
    private long version;

    protected Site() {
    }

    Site(long id, long accountId, long contractId, String name, String owner, String department, SitePlan plan,
            SiteStatus status, LocalDate createdOn) {
        this.id = id;
        this.accountId = accountId;
        this.contractId = contractId;
        this.name = name;
        this.owner = owner;
        this.department = department;
        this.initialPlan = plan;
        this.plan = plan;
        this.status = status;
        this.createdOn = createdOn;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    SitePlan getPlan() {
        return plan;
    }

    String getName() {
        return name;
    }

    boolean isDeleted() {
        return deleted;
    }

    SiteStatus getStatus() {
        return status;
    }

    /** Files the site under a department (a cost centre); null takes the tag off. */
    void tag(String newDepartment) {
        department = newDepartment;
    }

    SiteRecord record() {
        return new SiteRecord(id, contractId, name, owner, department, plan, status, createdOn, planChangedOn, deactivatedOn,
                monthlyTraffic, deleted);
    }

    /** Records the month's traffic; returns the plan it had to move up to, or null when the plan still carries it. */
    SitePlan recordTraffic(long traffic, HostingPlans plans, LocalDate on) {
        requireLive();
        this.monthlyTraffic = traffic;
        if (plans.carries(plan, traffic)) {
            return null;
        }
        SitePlan bigger = plans.forTraffic(traffic);
        moveTo(bigger, on);
        return bigger;
    }

    void changePlan(SitePlan newPlan, LocalDate on) {
        requireLive();
        if (newPlan == plan) {
            throw new BusinessRuleException("enterprise.site.samePlan");
        }
        moveTo(newPlan, on);
    }

    void deactivate(LocalDate on) {
        requireLive();
        this.status = SiteStatus.DEACTIVATED;
        this.deactivatedOn = on;
    }

    void delete(LocalDate on) {
        if (status != SiteStatus.DEACTIVATED) {
            deactivate(on);
        }
        this.deleted = true;
    }

    void freeze(LocalDate on) {
        requireLive();
        this.status = SiteStatus.FROZEN;
        this.frozenOn = on;
    }

    private void moveTo(SitePlan newPlan, LocalDate on) {
        this.plan = newPlan;
        this.planChangedOn = on;
    }

    private void requireLive() {
        if (status == SiteStatus.DEACTIVATED) {
            throw new BusinessRuleException("enterprise.site.deactivated");
        }
    }
}
