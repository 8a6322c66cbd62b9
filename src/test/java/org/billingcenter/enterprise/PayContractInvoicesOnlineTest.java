package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.StripeSigning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * An Administrator of a contract account pays an issued invoice by card through Stripe: the
 * invoice is paid only by Stripe's signed webhook (signed here exactly as Stripe signs it, posted
 * through the application's filters and security chain on the tenant's host), once however often
 * and however simultaneously it comes; a forged one changes nothing, and no one pays (or opens a
 * payment of) another account's invoice.
 */
class PayContractInvoicesOnlineTest extends ApplicationTest {

    private static final String WEBHOOK = "/api/payments/stripe/webhook";

    @Autowired
    ContractDesk contracts;
    @Autowired
    ContractInvoiceService invoicing;
    @Autowired
    InvoicePayments payments;
    @Autowired
    InvoiceOnlinePayments online;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WebApplicationContext web;

    private SignedInUser staff;
    private SignedInUser administrator;
    private long contract;
    private StaffInvoice invoice;

    @BeforeEach
    void anIssuedInvoice() {
        clock.set(Instant.parse("2030-03-01T15:00:00Z"));
        staff = newOperator(HOSTING);
        SignedInUser owner = newOwner(HOSTING);
        administrator = newMember(owner, Role.ADMINISTRATOR);
        long account = accountOf(owner).id();
        contract = as(staff, () -> contracts.open(account, StaffRecordContractsTest.contract("WEB-" + account, 1), "New customer"));
        clock.set(Instant.parse("2030-04-01T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account));
        invoice = as(staff, () -> payments.invoices(contract)).getFirst();
    }

    @Test
    void theAdministratorIsSentToStripeForWhatIsOpenAndTheSignedNoticePaysTheInvoiceOnce() throws Exception {
        assertThat(as(administrator, () -> online.providers())).contains("stripe");
        String checkout = as(administrator, () -> online.payOnline(invoice.id(), "stripe"));
        String reference = reference();
        Map<String, String> asked = PaymentProviderStub.get().stripeSessionRequest(reference);
        long cents = invoice.total().amount().movePointRight(2).longValueExact();

        assertThat(reference).startsWith("I");
        assertThat(checkout).startsWith(PaymentProviderStub.get().baseUrl());
        assertThat(asked).containsEntry("line_items[0][price_data][unit_amount]", String.valueOf(cents))
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("success_url", "https://harbor-hosting.localhost/enterprise/invoice/" + invoice.id());
        assertThat(status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(as(administrator, () -> online.payOnline(invoice.id(), "stripe"))).as("a second click, the same payment").isEqualTo(checkout);

        String paid = StripeSigning.sessionEvent("checkout.session.completed", reference, cents, "usd", "paid");
        assertThat(deliver(paid, StripeSigning.signature(paid))).isEqualTo(200);
        assertThat(deliver(paid, StripeSigning.signature(paid))).isEqualTo(200);

        assertThat(status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(jdbc.queryForList("SELECT reference FROM ent_invoice_payment WHERE invoice_id = ?", String.class, invoice.id()))
                .containsExactly(reference);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ent_invoice_aud WHERE id = ? AND status = 'PAID'", Integer.class, invoice.id()))
                .as("the change is in the invoice's history").isEqualTo(1);
        assertThat(as(administrator, () -> notifications.mine(Pageable.ofSize(20))).getContent())
                .extracting(notice -> notice.text(Locale.ENGLISH)).filteredOn(text -> text.contains(reference)).hasSize(1);
        assertThat(jdbc.queryForList("SELECT subject FROM outbox_message WHERE recipient = ?", String.class, administrator.email()))
                .filteredOn(subject -> subject.contains("Payment received for invoice " + invoice.number())).hasSize(1);
        assertThatThrownBy(() -> as(administrator, () -> online.payOnline(invoice.id(), "stripe")))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.payment.nothingOpen");
    }

    @Test
    void theSameNoticeTenTimesAtOncePaysOnce() throws Exception {
        as(administrator, () -> online.payOnline(invoice.id(), "stripe"));
        String reference = reference();
        String paid = StripeSigning.sessionEvent("checkout.session.completed", reference, cents(), "usd", "paid");
        String signature = StripeSigning.signature(paid);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                deliveries.add(() -> deliver(paid, signature));
            }
            for (Future<Integer> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ent_invoice_payment WHERE invoice_id = ?", Integer.class, invoice.id()))
                .isEqualTo(1);
    }

    @Test
    void aForgedTamperedOrOtherAmountNoticePaysNothing() throws Exception {
        as(administrator, () -> online.payOnline(invoice.id(), "stripe"));
        String reference = reference();
        String paid = StripeSigning.sessionEvent("checkout.session.completed", reference, cents(), "usd", "paid");
        String tampered = paid.replace("\"amount_total\": " + cents(), "\"amount_total\": 1");

        assertThat(deliver(paid, StripeSigning.signature(paid, "whsec_someone_elses", Instant.now()))).isEqualTo(400);
        assertThat(deliver(tampered, StripeSigning.signature(paid))).isEqualTo(400);
        assertThat(deliver(paid, null)).isEqualTo(400);
        assertThat(status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(onlineStatus(reference)).isEqualTo("PENDING");

        String short1 = StripeSigning.sessionEvent("checkout.session.completed", reference, cents() - 1, "usd", "paid");
        assertThat(deliver(short1, StripeSigning.signature(short1))).isEqualTo(200);
        assertThat(deliver(paid, StripeSigning.signature(paid))).as("the payment ended already").isEqualTo(200);

        assertThat(onlineStatus(reference)).isEqualTo("FAILED");
        assertThat(status()).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(jdbc.queryForObject("SELECT paid FROM ent_invoice WHERE id = ?", java.math.BigDecimal.class, invoice.id())).isZero();
    }

    @Test
    void anotherAccountsOrTenantsInvoiceIsNotFoundAndNothingIsOpened() {
        SignedInUser stranger = newMember(newOwner(HOSTING), Role.ADMINISTRATOR);
        assertThatThrownBy(() -> as(stranger, () -> online.payOnline(invoice.id(), "stripe")))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.invoice.notFound");
        SignedInUser otherTenant = newMember(newOwner(INTL), Role.ADMINISTRATOR);
        assertThatThrownBy(() -> as(otherTenant, () -> online.payOnline(invoice.id(), "stripe")))
                .isInstanceOfAny(AccessDeniedException.class, org.billingcenter.shared.error.BusinessRuleException.class);
        SignedInUser sameAccountFinance = staff;
        assertThatThrownBy(() -> as(sameAccountFinance, () -> online.payOnline(invoice.id(), "stripe")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ent_invoice_online_payment WHERE invoice_id = ?", Integer.class, invoice.id()))
                .isZero();
    }

    private long cents() {
        return invoice.total().amount().movePointRight(2).longValueExact();
    }

    private String reference() {
        return jdbc.queryForObject("SELECT reference FROM ent_invoice_online_payment WHERE invoice_id = ? ORDER BY id DESC LIMIT 1",
                String.class, invoice.id());
    }

    private String onlineStatus(String reference) {
        return jdbc.queryForObject("SELECT status FROM ent_invoice_online_payment WHERE reference = ?", String.class, reference);
    }

    private InvoiceStatus status() {
        return as(staff, () -> payments.invoices(contract)).getFirst().status();
    }

    private int deliver(String payload, String signature) throws Exception {
        var request = post(WEBHOOK).contentType("application/json").content(payload).with(onHost -> {
            onHost.setServerName("harbor-hosting.localhost");
            return onHost;
        });
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class))
                .apply(springSecurity()).build();
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
