package org.billingcenter.support;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceType;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.MailingAddressDetails;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.verification.EnterpriseIdentity;
import org.billingcenter.verification.InternationalIdentity;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.verification.LicenceFile;
import org.billingcenter.verification.VerificationReviewService;
import org.billingcenter.verification.VerificationService;
import org.billingcenter.wallet.WalletService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/** Base of the self-service tests: verified accounts, invoice profiles and crafted bills in one call each. */
public abstract class SelfService extends UiTest {

    /** A unified social credit code with a correct check character. */
    public static final String CREDIT_CODE = "91350100M000100Y43";
    /** A PRC resident identity number with a correct check digit. */
    public static final String RESIDENT_ID = "11010519491231002X";
    /** A US employer identification number, the tax id of a company in the United States. */
    public static final String EIN = "12-3456789";
    public static final String BILLING_ADDRESS = "500 Howard Street, San Francisco, CA 94105";
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    public static final byte[] PDF = "%PDF-1.7 licence scan".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    protected VerificationService verification;
    @Autowired
    protected VerificationReviewService review;
    @Autowired
    protected InvoiceService invoices;
    @Autowired
    protected CraftedDocuments crafted;
    @Autowired
    protected WalletService wallets;

    /**
     * Signs in to a tenant whose portal speaks Chinese first (the PRC kinds of verification and
     * invoice live there), reading it in English as a reader who switched the language would.
     */
    protected void signInInEnglish(SignedInUser user) {
        signIn(user);
        com.vaadin.flow.server.VaadinSession.getCurrent().setLocale(java.util.Locale.ENGLISH);
        com.vaadin.flow.component.UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
    }

    protected void switchToInEnglish(SignedInUser user) {
        com.github.mvysny.kaributesting.v10.MockVaadin.tearDown();
        signInInEnglish(user);
    }

    /** Verifies the owner's account as the named enterprise: submitted with a licence, approved by an operator. */
    protected void verifyAsEnterprise(SignedInUser owner, String name) {
        as(owner, () -> verification.submitEnterprise(new EnterpriseIdentity(name, CREDIT_CODE), new LicenceFile("licence.png", null, PNG)));
        approve(owner);
    }

    /** Verifies the owner's account abroad (lumen-intl) as the named US company: its EIN, address and country, approved. */
    protected void verifyAsCompanyAbroad(SignedInUser owner, String name) {
        as(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE, name, EIN, "US",
                BILLING_ADDRESS)));
        approve(owner);
    }

    /** An operator approves what the owner's account submitted. */
    protected void approve(SignedInUser owner) {
        SignedInUser operator = newOperator(owner.tenantId());
        as(operator, () -> review.pending(Pageable.ofSize(1000)).stream().filter(pending -> pending.accountId() == owner.accountId())
                .forEach(pending -> review.approve(pending.id())));
    }

    protected long ordinaryProfile(SignedInUser user) {
        return as(user, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_ORDINARY, CREDIT_CODE, null, null,
                null, null))).id();
    }

    protected long address(SignedInUser user) {
        return as(user, () -> invoices.saveAddress(new MailingAddressDetails(null, "Li Lei", "+86 10 1234 5678", "lilei@example.com",
                "1 Chang'an Avenue, Beijing"))).id();
    }

    /** A monthly bill as the billing feature will offer it: its total, and the part that was paid in cash. */
    protected static InvoiceableDocument bill(String reference, String total, String cashPaid, String currency) {
        return new InvoiceableDocument(DocumentType.BILL, reference, LocalDate.of(2026, 10, 31), "Monthly bill " + reference,
                Money.of(total, currency), Money.of(cashPaid, currency));
    }

    /**
     * Offers the bills, and leaves cash in the wallet as paying them would have (unless there is
     * some already): a request needs a balance above zero.
     */
    protected void offerBills(SignedInUser owner, InvoiceableDocument... bills) {
        crafted.offer(owner.tenantId(), owner.accountId(), bills);
        if (bills.length > 0 && !as(owner, () -> wallets.overview().cash()).isPositive()) {
            fundCash(owner, Money.of("100", bills[0].total().currency().getCurrencyCode()));
        }
    }

    /** Cash credited by the tenant's staff (not invoiceable itself). */
    protected void fundCash(SignedInUser owner, Money amount) {
        as(newOperator(owner.tenantId()), () -> wallets.grantCredit(owner.accountId(), amount, "cash for the test", key()));
    }
}
