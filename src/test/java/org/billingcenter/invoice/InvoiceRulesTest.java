package org.billingcenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.SelfService;
import org.billingcenter.wallet.StoredValueCardService;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** The rules of invoice requests, on the services, with bills made up for the account. */
class InvoiceRulesTest extends SelfService {

    @Autowired
    InvoiceDeskService desk;
    @Autowired
    InvoiceRequestLineRepository lines;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    WalletService wallet;
    @Autowired
    StoredValueCardService cards;
    @Autowired
    org.billingcenter.wallet.RechargeService recharges;

    @Test
    void anUnverifiedAccountCannotRequestAnInvoice() {
        SignedInUser owner = newOwner(CN);
        offerBills(owner, bill("BILL-1", "100", "100", "CNY"));
        assertRefused(owner, () -> invoices.request(List.of("BILL-1"), 1, 1), "invoice.verificationRequired");
        assertRefused(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_ORDINARY, null, null, null,
                null, null)), "invoice.verificationRequired");
    }

    @Test
    void theAmountIsTheCashPaidPartOfEachDocument() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-2026-09", "300.00", "200.00", "CNY"), bill("BILL-2026-10", "150.00", "150.00", "CNY"),
                bill("BILL-2026-08", "80.00", "0.00", "CNY"));

        // A bill paid wholly by vouchers has nothing to invoice and is not offered.
        assertThat(as(owner, () -> invoices.invoiceable())).extracting(InvoiceableDocument::reference)
                .containsExactly("BILL-2026-09", "BILL-2026-10");
        InvoiceSummary request = as(owner, () -> invoices.request(List.of("BILL-2026-09", "BILL-2026-10"), ordinaryProfile(owner),
                address(owner)));

        assertThat(request.amount()).isEqualTo(Money.of("350.00", "CNY"));
        assertThat(request.title()).isEqualTo("Lumen Analytics Ltd");
        assertThat(request.status()).isEqualTo(InvoiceStatus.REQUESTED);
        assertThat(as(owner, () -> invoices.invoiceable())).isEmpty();
    }

    @Test
    void aDocumentCannotBeInvoicedTwice() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-A", "100", "100", "CNY"), bill("BILL-B", "40", "40", "CNY"));
        long profile = ordinaryProfile(owner);
        long address = address(owner);
        as(owner, () -> invoices.request(List.of("BILL-A"), profile, address));

        assertRefused(owner, () -> invoices.request(List.of("BILL-B", "BILL-A"), profile, address), "invoice.alreadyRequested");
        assertRefused(owner, () -> invoices.request(List.of("BILL-ELSEWHERE"), profile, address), "invoice.documentUnknown");
        assertThat(as(owner, () -> invoices.myRequests(Pageable.ofSize(10))).getTotalElements()).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesASecondLiveLineForTheSameDocument() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-RACE", "100", "100", "CNY"));
        InvoiceSummary first = as(owner, () -> invoices.request(List.of("BILL-RACE"), ordinaryProfile(owner), address(owner)));

        // What a second request racing past the service's check would write.
        assertThatThrownBy(() -> TenantContext.runAs(CN, () -> transactions.executeWithoutResult(status -> lines.saveAndFlush(
                new InvoiceRequestLine(first.id(), owner.accountId(), bill("BILL-RACE", "100", "100", "CNY"))))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aRejectedRequestFreesItsDocumentsAndIssuedOnesStayTaken() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-X", "120", "90", "CNY"));
        long profile = ordinaryProfile(owner);
        long address = address(owner);
        InvoiceSummary first = as(owner, () -> invoices.request(List.of("BILL-X"), profile, address));
        SignedInUser operator = newOperator(CN);
        as(operator, () -> desk.reject(first.id(), "Wrong address"));

        assertThat(as(owner, () -> invoices.invoiceable())).extracting(InvoiceableDocument::reference).containsExactly("BILL-X");
        InvoiceSummary second = as(owner, () -> invoices.request(List.of("BILL-X"), profile, address));
        as(operator, () -> desk.issue(second.id()));
        assertRefused(operator, () -> desk.reject(second.id(), "too late"), "invoice.wrongStatus");
        assertThat(as(owner, () -> invoices.invoiceable())).isEmpty();
        assertRefused(operator, () -> desk.reject(second.id(), " "), "invoice.reasonRequired");
    }

    @Test
    void paperInvoicesAreMailedWithATrackingNumberElectronicOnesAreNot() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-P", "10", "10", "CNY"), bill("BILL-E", "20", "20", "CNY"));
        long paper = ordinaryProfile(owner);
        long electronic = as(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.ELECTRONIC_ORDINARY,
                CREDIT_CODE, null, null, null, null))).id();
        long address = address(owner);
        long p = as(owner, () -> invoices.request(List.of("BILL-P"), paper, address)).id();
        long e = as(owner, () -> invoices.request(List.of("BILL-E"), electronic, address)).id();
        SignedInUser operator = newOperator(CN);
        as(operator, () -> desk.issue(p));
        as(operator, () -> desk.issue(e));

        assertRefused(operator, () -> desk.mail(p, ""), "invoice.trackingRequired");
        as(operator, () -> desk.mail(p, "SF1234567890"));
        assertRefused(operator, () -> desk.mail(e, "SF1"), "invoice.electronicNotMailed");
        assertThat(as(owner, () -> invoices.myRequests(Pageable.ofSize(10))).getContent())
                .extracting(InvoiceSummary::status).containsExactly(InvoiceStatus.ISSUED, InvoiceStatus.MAILED);
    }

    @Test
    void requiredProfileFieldsDependOnTheTypeAndTheTaxNumberIsChecked() {
        SignedInUser owner = readyOwner();
        assertRefused(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_ORDINARY, null, null, null,
                null, null)), "invoice.fieldRequired [taxNumber]");
        assertRefused(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_ORDINARY, "91350100M000100Y44",
                null, null, null, null)), "invoice.taxNumberInvalid");
        assertRefused(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_SPECIAL, CREDIT_CODE,
                "Bank of China", null, "1 Road", "+86 10 1234")), "invoice.fieldRequired [bankAccount]");
        InvoiceProfileDetails special = as(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_SPECIAL,
                CREDIT_CODE.toLowerCase(), "Bank of China", "6222 0000 1111 2222", "1 Road", "+86 10 1234")));
        assertThat(special.taxNumber()).isEqualTo(CREDIT_CODE);
    }

    @Test
    void anIndividualNeedsNoTaxNumberButCannotAskForASpecialInvoice() {
        SignedInUser owner = newOwner(CN);
        as(owner, () -> verification.submitIndividual(new org.billingcenter.verification.IndividualIdentity("Li Lei", RESIDENT_ID)));
        approve(owner);
        as(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.ELECTRONIC_ORDINARY, null, null, null, null, null)));
        assertRefused(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.VAT_SPECIAL, CREDIT_CODE, "B",
                "62220000", "A", "+1 555 0100")), "invoice.specialNeedsEnterprise");
    }

    @Test
    void aStoredValueCardPurchaseIsInvoiceableForItsFaceValueAndVouchersAreNot() {
        SignedInUser owner = readyOwner();
        long account = owner.accountId();
        long remittance = as(owner, () -> recharges.recordRemittance(new java.math.BigDecimal("12000"), "Owner", "WIRE-1", key()));
        as(newOperator(CN), () -> recharges.confirmRemittance(remittance, "on the statement"));
        as(owner, () -> cards.buy(Money.of("10000", "CNY"), key()));

        List<InvoiceableDocument> open = as(owner, () -> invoices.invoiceable());
        assertThat(open).singleElement().satisfies(card -> {
            assertThat(card.type()).isEqualTo(DocumentType.CARD_PURCHASE);
            assertThat(card.invoiceable()).isEqualTo(Money.of("10000.00", "CNY"));
        });
    }

    @Test
    void membersCannotReachInvoicesAndAuditorsOnlyRead() {
        SignedInUser owner = readyOwner();
        SignedInUser member = newMember(owner, Role.MEMBER);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        assertThatThrownBy(() -> as(member, () -> invoices.invoiceable())).isInstanceOf(AccessDeniedException.class);
        assertThat(as(auditor, () -> invoices.profiles())).isEmpty();
        assertThatThrownBy(() -> as(auditor, () -> invoices.request(List.of("X"), 1, 1))).isInstanceOf(AccessDeniedException.class);
    }

    private SignedInUser readyOwner() {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        return owner;
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith(key);
    }
}
