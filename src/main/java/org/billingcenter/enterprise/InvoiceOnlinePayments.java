package org.billingcenter.enterprise;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentPurpose;
import org.billingcenter.wallet.ProviderCheckout;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An Administrator of a contract account pays an issued or overdue invoice of that account online,
 * through the tenant's payment providers. Nothing is paid when the payer comes back: only the
 * provider's verified notification settles the payment, once, through the same path as a payment
 * staff record ({@link InvoiceSettlement}). References begin with I, so the providers' webhooks
 * bring them here rather than to the wallet's recharge orders.
 */
@Service
@Transactional
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class InvoiceOnlinePayments implements PaymentPurpose {

    private static final Logger log = LoggerFactory.getLogger(InvoiceOnlinePayments.class);

    private final EntityManager entityManager;
    private final EnterpriseGate gate;
    private final ProviderCheckout checkout;
    private final InvoiceSettlement settlement;
    private final TenantRegistry tenants;
    private final TransactionTemplate transactions;
    private final Clock clock;

    InvoiceOnlinePayments(EntityManager entityManager, EnterpriseGate gate, ProviderCheckout checkout, InvoiceSettlement settlement,
            TenantRegistry tenants, PlatformTransactionManager transactionManager, Clock clock) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.entityManager = entityManager;
        this.gate = gate;
        this.checkout = checkout;
        this.settlement = settlement;
        this.tenants = tenants;
        this.clock = clock;
    }

    @Override
    public char referencePrefix() {
        return 'I';
    }

    /** The providers the tenant takes invoice payments by, the default first (empty: none online). */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<String> providers() {
        gate.requireEnterpriseAccount();
        return checkout.providers();
    }

    /**
     * Opens a payment of what is still open on one of the signed-in Administrator's invoices, and
     * returns where to send them to pay. A payment already open for the same amount at the same
     * provider is offered again rather than a second one.
     */
    @RolesAllowed(Role.Names.ADMINISTRATOR)
    public String payOnline(long invoiceId, String provider) {
        long account = gate.requireEnterpriseAccount().id();
        ContractInvoice invoice = entityManager.find(ContractInvoice.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || invoice.getAccountId() != account) {
            throw new BusinessRuleException("enterprise.invoice.notFound");
        }
        if (invoice.getStatus() == InvoiceStatus.PAID || invoice.outstanding().signum() <= 0) {
            throw new BusinessRuleException("enterprise.payment.nothingOpen");
        }
        var open = entityManager.createQuery("SELECT p FROM OnlineInvoicePayment p WHERE p.invoiceId = :invoice AND p.status = :pending"
                + " AND p.provider = :provider ORDER BY p.id DESC", OnlineInvoicePayment.class)
                .setParameter("invoice", invoiceId).setParameter("pending", OnlineInvoicePayment.Status.PENDING)
                .setParameter("provider", provider).getResultList().stream()
                .filter(payment -> payment.getAmount().compareTo(invoice.outstanding()) == 0 && payment.getCheckoutUrl() != null).findFirst();
        if (open.isPresent()) {
            return open.get().getCheckoutUrl();
        }
        OnlineInvoicePayment payment = new OnlineInvoicePayment(invoiceId, account, provider, invoice.outstanding(), invoice.getCurrency(),
                clock.instant());
        entityManager.persist(payment);
        entityManager.flush();
        ProviderCheckout.Opened opened = checkout.open(this, provider, payment.getId(),
                Money.of(invoice.outstanding(), Currency.getInstance(invoice.getCurrency())), "enterprise/invoice/" + invoiceId);
        payment.opened(opened.reference(), opened.checkoutUrl());
        return opened.checkoutUrl();
    }

    /**
     * The provider's verified word on a payment: the payment row is locked first, so of repeated
     * or simultaneous deliveries only the first outcome counts. A success of another amount or
     * currency pays nothing (the tenant refunds it at the provider), nor does one for an invoice
     * that staff have meanwhile recorded as paid.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean settle(PaymentCallback callback) {
        // The provider is no one signed in: the tenant's system operator records the payment, so the history names who acted.
        return SystemIdentity.callAsOperator(TenantContext.require(), () -> Boolean.TRUE.equals(transactions.execute(status -> settleNow(callback))));
    }

    private boolean settleNow(PaymentCallback callback) {
        OnlineInvoicePayment payment = entityManager.createQuery("SELECT p FROM OnlineInvoicePayment p WHERE p.reference = :reference",
                OnlineInvoicePayment.class).setParameter("reference", callback.reference()).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().orElse(null);
        if (payment == null) {
            log.warn("Invoice payment notice for unknown reference {}", callback.reference());
            return false;
        }
        if (!payment.isPending() || callback.outcome() == PaymentCallback.Outcome.PENDING) {
            return false;
        }
        Money expected = Money.of(payment.getAmount(), Currency.getInstance(payment.getCurrency()));
        if (callback.outcome() != PaymentCallback.Outcome.SUCCEEDED || !expected.equals(callback.amount())) {
            log.warn("Invoice payment {} ended without paying: {} {}", callback.reference(), callback.outcome(), callback.amount());
            payment.end(OnlineInvoicePayment.Status.FAILED, clock.instant());
            return true;
        }
        payment.end(OnlineInvoicePayment.Status.SUCCEEDED, clock.instant());
        ContractInvoice invoice = entityManager.find(ContractInvoice.class, payment.getInvoiceId(), LockModeType.PESSIMISTIC_WRITE);
        if (invoice.outstanding().compareTo(payment.getAmount()) < 0) {
            log.warn("Invoice payment {} arrived for invoice {} with only {} open: to be refunded at {}", callback.reference(),
                    invoice.getNumber(), invoice.outstanding(), payment.getProvider());
            return true;
        }
        settlement.receive(invoice, payment.getAmount(), LocalDate.now(clock.withZone(tenants.current().timeZone())), callback.reference(),
                "Payment " + callback.reference() + " received online through " + payment.getProvider());
        return true;
    }
}
