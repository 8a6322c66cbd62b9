package org.billingcenter.enterprise;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The tenant's staff manage the sites of a contract: one at a time, or a CSV file of many that is
 * previewed first and then taken whole or not at all. Sites and contracts are found inside the
 * staff member's tenant only.
 */
@Service
@Validated
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class SiteDesk {

    private final ContractDesk contracts;
    private final SiteRepository sites;
    private final PortfolioService portfolio;
    private final HostingPlans plans;
    private final AuditTrail auditTrail;

    SiteDesk(ContractDesk contracts, SiteRepository sites, PortfolioService portfolio, HostingPlans plans, AuditTrail auditTrail) {
        this.contracts = contracts;
        this.sites = sites;
        this.portfolio = portfolio;
        this.plans = plans;
        this.auditTrail = auditTrail;
    }

    /** The contract's sites by name, deleted ones included (they still show on the period's invoice). */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<SiteRecord> sites(long contractId) {
        contracts.require(contractId);
        return sites.findByContractIdOrderByName(contractId).stream().map(Site::record).toList();
    }

    /** Today in the tenant's calendar: the day a site added now is created on. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public java.time.LocalDate today() {
        return portfolio.today();
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public long add(@Valid NewSite site) {
        Contract contract = contracts.require(site.contractId());
        if (site.createdOn().isAfter(portfolio.today())) {
            throw new BusinessRuleException("enterprise.site.future");
        }
        auditTrail.because(Message.of("audit.reason.siteAdded"));
        return portfolio.saveSite(contract.getAccountId(), site);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void changePlan(long siteId, SitePlan plan) {
        auditTrail.because(Message.of("audit.reason.planChanged"));
        portfolio.changePlan(require(siteId), plan);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void freeze(long siteId) {
        auditTrail.because(Message.of("audit.reason.siteFrozen"));
        require(siteId).freeze(portfolio.today());
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void deactivate(long siteId) {
        auditTrail.because(Message.of("audit.reason.siteDeactivated"));
        require(siteId).deactivate(portfolio.today());
    }

    /** Deleting keeps the site as deactivated today, so the coming invoice still reports it leaving. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void delete(long siteId) {
        auditTrail.because(Message.of("audit.reason.siteDeleted"));
        require(siteId).delete(portfolio.today());
    }

    /** What the file would add and every bad row; nothing is kept. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public SiteImport preview(long contractId, String csv) {
        contracts.require(contractId);
        return read(contractId, csv);
    }

    /** Adds every site of the file, or none when any row is bad (the answer then names each bad row). */
    @RolesAllowed(Role.Names.OPERATOR)
    public SiteImport importSites(long contractId, String csv) {
        Contract contract = contracts.require(contractId);
        SiteImport read = read(contractId, csv);
        if (!read.acceptable()) {
            return read;
        }
        auditTrail.because(Message.of("audit.reason.sitesImported"));
        read.sites().forEach(site -> portfolio.saveSite(contract.getAccountId(), site));
        return new SiteImport(read.sites(), List.of(), read.sites().size());
    }

    private SiteImport read(long contractId, String csv) {
        Set<String> existing = sites.findByContractIdOrderByName(contractId).stream().filter(site -> !site.isDeleted())
                .map(site -> site.getName().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new SiteCsv(plans, existing, portfolio.today()).read(contractId, new StringReader(csv == null ? "" : csv));
    }

    private Site require(long siteId) {
        return sites.findById(siteId).orElseThrow(() -> new BusinessRuleException("enterprise.site.notFound"));
    }
}
