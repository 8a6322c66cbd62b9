package org.billingcenter.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.IdBlocks;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Contracts and the sites they pay for. Administrators of an enterprise account manage their
 * sites; the tenant's staff record contracts and feed the monthly traffic measured by the hosting
 * platform, which upgrades a site automatically when its plan no longer carries the traffic.
 */
@Service
@Validated
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class PortfolioService {

    private final ContractRepository contracts;
    private final AllotmentRepository allotments;
    private final SiteRepository sites;
    private final EnterpriseGate gate;
    private final IdBlocks ids;
    private final JdbcTemplate jdbc;
    private final TenantRegistry tenants;
    private final Clock clock;
    private final HostingPlans plans;

    PortfolioService(ContractRepository contracts, AllotmentRepository allotments, SiteRepository sites, EnterpriseGate gate,
            IdBlocks ids, JdbcTemplate jdbc, TenantRegistry tenants, Clock clock, HostingPlans plans) {
        this.plans = plans;
        this.contracts = contracts;
        this.allotments = allotments;
        this.sites = sites;
        this.gate = gate;
        this.ids = ids;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    /**
     * Records a contract signed with one of the tenant's enterprise accounts; every plan needs an
     * allotment (0 sites is fine).
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public long openContract(long accountId, @Valid NewContract contract) {
        gate.requireEnterpriseAccount(accountId);
        requireEveryPlanOnce(contract.allotments());
        if (!contract.endsOn().isAfter(contract.startsOn())) {
            throw new BusinessRuleException("enterprise.contract.term");
        }
        Contract saved = contracts.save(new Contract(accountId, contract.number().strip(), contract.startsOn(), contract.endsOn(),
                contract.paymentMethod(), contract.invoicingMonths(), contract.platformFee(),
                tenants.current().currency().getCurrencyCode()));
        contract.allotments().forEach(a -> allotments.save(new Allotment(saved.getId(), a.plan(), a.sites(), a.monthlyPrice(),
                a.overagePrice())));
        return saved.getId();
    }

    /** A contract's allotments name each of the tenant's plans exactly once. */
    void requireEveryPlanOnce(List<NewContract.PlanAllotment> allotments) {
        Set<SitePlan> covered = new HashSet<>();
        allotments.forEach(allotment -> covered.add(allotment.plan()));
        if (!covered.equals(Set.copyOf(plans.codes())) || covered.size() != allotments.size()) {
            throw new BusinessRuleException("enterprise.contract.allotmentsPerPlan");
        }
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<ContractSummary> contracts() {
        AccountSummary account = gate.requireEnterpriseAccount();
        return contracts.findByAccountIdOrderByNumber(account.id()).stream().map(this::summary).toList();
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public long addSite(@Valid NewSite site) {
        AccountSummary account = gate.requireEnterpriseAccount();
        contracts.findByIdAndAccountId(site.contractId(), account.id())
                .orElseThrow(() -> new BusinessRuleException("enterprise.contract.notFound"));
        if (site.createdOn().isAfter(today())) {
            throw new BusinessRuleException("enterprise.site.future");
        }
        return saveSite(account.id(), site);
    }

    /** Saves a site of a contract already checked to be the account's. */
    long saveSite(long accountId, NewSite site) {
        plans.require(site.plan());
        long id = ids.next("ent_site", 1);
        sites.save(new Site(id, accountId, site.contractId(), site.name().strip(), blankToNull(site.owner()),
                blankToNull(site.department()), site.plan(), site.status(), site.createdOn()));
        return id;
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void changePlan(long siteId, SitePlan plan) {
        changePlan(mySite(siteId), plan);
    }

    void changePlan(Site site, SitePlan plan) {
        plans.require(plan);
        long siteId = site.getId();
        SitePlan from = site.getPlan();
        site.changePlan(plan, today());
        recordChange(siteId, from, plan, false);
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void deactivate(long siteId) {
        mySite(siteId).deactivate(today());
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void freeze(long siteId) {
        mySite(siteId).freeze(today());
    }

    /** Deleting keeps the site as deactivated today, so the coming invoice still reports it leaving. */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public void delete(long siteId) {
        mySite(siteId).delete(today());
    }

    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public SiteRecord site(long siteId) {
        return mySite(siteId).record();
    }

    /** The hosting platform's monthly traffic figure; over the plan's limit, the site moves up automatically. */
    @RolesAllowed(Role.Names.OPERATOR)
    public SiteRecord recordTraffic(long siteId, long monthlyTraffic) {
        if (monthlyTraffic < 0) {
            throw new BusinessRuleException("enterprise.site.traffic");
        }
        Site site = sites.findById(siteId).orElseThrow(() -> new BusinessRuleException("enterprise.site.notFound"));
        SitePlan from = site.getPlan();
        SitePlan upgraded = site.recordTraffic(monthlyTraffic, plans, today());
        if (upgraded != null) {
            recordChange(siteId, from, upgraded, true);
        }
        return site.record();
    }

    private void recordChange(long siteId, SitePlan from, SitePlan to, boolean automatic) {
        jdbc.update("INSERT INTO ent_site_plan_change (id, tenant_id, site_id, changed_on, from_plan, to_plan, automatic)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)", ids.next("ent_site_plan_change", 1), tenants.current().id(), siteId, today(),
                from.code(), to.code(), automatic);
    }

    private Site mySite(long siteId) {
        AccountSummary account = gate.requireEnterpriseAccount();
        return sites.findByIdAndAccountId(siteId, account.id())
                .orElseThrow(() -> new BusinessRuleException("enterprise.site.notFound"));
    }

    ContractSummary summary(Contract contract) {
        List<NewContract.PlanAllotment> plans = allotments.findByContractIdOrderByPlan(contract.getId()).stream()
                .map(a -> new NewContract.PlanAllotment(a.getPlan(), a.getSites(), a.getMonthlyPrice(), a.getOveragePrice()))
                .toList();
        return new ContractSummary(contract.getId(), contract.getNumber(), contract.getStartsOn(), contract.getEndsOn(),
                contract.getPaymentMethod(), contract.getInvoicingMonths(),
                Money.of(contract.getPlatformFee(), java.util.Currency.getInstance(contract.getCurrency())), plans);
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(tenants.current().timeZone()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
