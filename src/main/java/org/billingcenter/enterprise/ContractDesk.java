package org.billingcenter.enterprise;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * The tenant's staff record, amend and end the contracts of their enterprise accounts. Every
 * change needs a reason, which the change history keeps beside the old and new terms. Contracts
 * and accounts are looked up inside the signed-in staff member's tenant only.
 */
@Service
@Validated
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ContractDesk {

    private final ContractRepository contracts;
    private final AllotmentRepository allotments;
    private final PortfolioService portfolio;
    private final AccountService accounts;
    private final AuditTrail auditTrail;
    private final JdbcTemplate jdbc;

    ContractDesk(ContractRepository contracts, AllotmentRepository allotments, PortfolioService portfolio, AccountService accounts,
            AuditTrail auditTrail, JdbcTemplate jdbc) {
        this.contracts = contracts;
        this.allotments = allotments;
        this.portfolio = portfolio;
        this.accounts = accounts;
        this.auditTrail = auditTrail;
        this.jdbc = jdbc;
    }

    /** The tenant's contract accounts a contract can be recorded for. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<AccountSummary> contractAccounts() {
        return accounts.enterpriseAccounts();
    }

    /** Every contract of the tenant, by account name then number. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<ContractOverview> contracts() {
        Map<Long, String> names = accounts.enterpriseAccounts().stream()
                .collect(Collectors.toMap(AccountSummary::id, a -> a.enterpriseName() == null ? "#" + a.id() : a.enterpriseName()));
        return contracts.findAll().stream()
                .map(c -> new ContractOverview(portfolio.summary(c), c.getAccountId(), names.getOrDefault(c.getAccountId(), "")))
                .sorted(Comparator.comparing(ContractOverview::accountName).thenComparing(o -> o.contract().number()))
                .toList();
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public ContractOverview contract(long contractId) {
        Contract contract = require(contractId);
        String name = accounts.findAccount(contract.getAccountId()).map(AccountSummary::enterpriseName).orElse("");
        return new ContractOverview(portfolio.summary(contract), contract.getAccountId(), name);
    }

    /** Records a new contract for one of the tenant's contract accounts. */
    @RolesAllowed(Role.Names.OPERATOR)
    public long open(long accountId, @Valid NewContract contract, String reason) {
        auditTrail.because(requireReason(reason));
        if (contracts.existsByNumber(contract.number().strip())) {
            throw new BusinessRuleException("enterprise.contract.numberTaken", contract.number().strip());
        }
        return portfolio.openContract(accountId, contract);
    }

    /** New terms for a contract; invoices already issued keep the terms they were issued under. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void amend(long contractId, @Valid ContractAmendment amendment, String reason) {
        auditTrail.because(requireReason(reason));
        Contract contract = require(contractId);
        requireEnd(contract, amendment.endsOn());
        portfolio.requireEveryPlanOnce(amendment.allotments());
        contract.amend(amendment.endsOn(), amendment.paymentMethod(), amendment.invoicingMonths(), amendment.platformFee());
        Map<SitePlan, NewContract.PlanAllotment> wanted = amendment.allotments().stream()
                .collect(Collectors.toMap(NewContract.PlanAllotment::plan, Function.identity()));
        for (Allotment allotment : allotments.findByContractIdOrderByPlan(contractId)) {
            NewContract.PlanAllotment terms = wanted.remove(allotment.getPlan());
            if (terms != null) {
                allotment.reprice(terms.sites(), terms.monthlyPrice(), terms.overagePrice());
            }
        }
        // A plan added to the tenant file after the contract was signed gets its first allotment now.
        wanted.values().forEach(a -> allotments.save(new Allotment(contractId, a.plan(), a.sites(), a.monthlyPrice(), a.overagePrice())));
    }

    /** Ends a contract on a day: no invoice is issued for the time after it. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void end(long contractId, LocalDate on, String reason) {
        auditTrail.because(requireReason(reason));
        Contract contract = require(contractId);
        if (on == null || on.isAfter(contract.getEndsOn())) {
            throw new BusinessRuleException("enterprise.contract.endLater");
        }
        requireEnd(contract, on);
        contract.endOn(on);
    }

    private void requireEnd(Contract contract, LocalDate endsOn) {
        if (!endsOn.isAfter(contract.getStartsOn())) {
            throw new BusinessRuleException("enterprise.contract.term");
        }
        LocalDate invoiced = jdbc.queryForObject("SELECT MAX(invoice_date) FROM ent_invoice WHERE tenant_id = ? AND contract_id = ?",
                LocalDate.class, contract.getTenantId(), contract.getId());
        if (invoiced != null && endsOn.isBefore(invoiced)) {
            throw new BusinessRuleException("enterprise.contract.endBeforeInvoice", invoiced);
        }
    }

    Contract require(long contractId) {
        return contracts.findById(contractId).orElseThrow(() -> new BusinessRuleException("enterprise.contract.notFound"));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("enterprise.reasonRequired");
        }
        return reason.strip();
    }
}
