package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.validation.Valid;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

/**
 * Payments against contract invoices, recorded by the tenant's staff with the payer's reference.
 * The invoice row is locked while a payment is added, so two clerks recording at once cannot pay
 * it twice over; an invoice is Paid when its payments reach its total, and Overdue when its due
 * date passes first ({@link OverdueInvoices}).
 */
@Service
@Validated
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class InvoicePayments {

    private final EntityManager entityManager;
    private final ContractDesk contracts;
    private final InvoiceSettlement settlement;
    private final JdbcTemplate jdbc;
    private final TenantRegistry tenants;
    private final Clock clock;

    InvoicePayments(EntityManager entityManager, ContractDesk contracts, InvoiceSettlement settlement, JdbcTemplate jdbc,
            TenantRegistry tenants, Clock clock) {
        this.entityManager = entityManager;
        this.contracts = contracts;
        this.settlement = settlement;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The contract's invoices, newest first, with what is paid and what is still open. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<StaffInvoice> invoices(long contractId) {
        contracts.require(contractId);
        List<Long> ids = jdbc.queryForList("SELECT id FROM ent_invoice WHERE tenant_id = ? AND contract_id = ? ORDER BY invoice_date DESC",
                Long.class, TenantContext.require(), contractId);
        return ids.stream().map(id -> view(entityManager.find(ContractInvoice.class, id))).toList();
    }

    /** Records a payment received for an invoice; the reason for the change history names its reference. */
    @RolesAllowed(Role.Names.OPERATOR)
    public StaffInvoice record(long invoiceId, @Valid NewInvoicePayment payment) {
        ContractInvoice invoice = entityManager.find(ContractInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || !invoice.getTenantId().equals(TenantContext.require())) {
            throw new BusinessRuleException("enterprise.invoice.notFound");
        }
        Currency currency = Currency.getInstance(invoice.getCurrency());
        BigDecimal amount = payment.amount();
        if (amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new BusinessRuleException("enterprise.payment.amount");
        }
        if (payment.paidOn().isAfter(LocalDate.now(clock.withZone(tenants.current().timeZone())))) {
            throw new BusinessRuleException("enterprise.payment.future");
        }
        settlement.receive(invoice, amount, payment.paidOn(), payment.reference().strip(), "Payment " + payment.reference().strip() + " recorded");
        return view(invoice);
    }

    private static StaffInvoice view(ContractInvoice invoice) {
        Currency currency = Currency.getInstance(invoice.getCurrency());
        return new StaffInvoice(invoice.getId(), invoice.getNumber(), invoice.getInvoiceDate(), invoice.getDueOn(), invoice.getStatus(),
                Money.of(invoice.getTotal(), currency), Money.of(invoice.getPaid(), currency));
    }
}
