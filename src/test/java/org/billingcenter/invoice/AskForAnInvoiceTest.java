package org.billingcenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.SelfService;
import org.billingcenter.verification.IndividualIdentity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The modelled portal's invoice rules: a cash balance above zero and an enterprise verification
 * to request; the page's requestable total; a request opened to its details; profiles and
 * addresses edited and deleted, except while a live request uses them.
 */
class AskForAnInvoiceTest extends SelfService {

    @Autowired
    InvoiceDeskService desk;

    @Test
    void aRequestIsRefusedWhileTheCashBalanceIsNotAboveZeroAndAcceptedOnceItIs() {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        crafted.offer(CN, owner.accountId(), bill("BILL-CASH", "80.00", "80.00", "CNY"));
        long profile = ordinaryProfile(owner);
        long address = address(owner);

        assertThat(as(owner, () -> invoices.invoiceableNow())).satisfies(now -> {
            assertThat(now.total()).isEqualTo(Money.of("80.00", "CNY"));
            assertThat(now.documents()).isEqualTo(1);
            assertThat(now.requestable()).isFalse();
        });
        assertRefused(owner, () -> invoices.request(List.of("BILL-CASH"), profile, address), "invoice.cashBalanceRequired");

        fundCash(owner, Money.of("0.01", "CNY"));
        assertThat(as(owner, () -> invoices.invoiceableNow()).requestable()).isTrue();
        InvoiceSummary requested = as(owner, () -> invoices.request(List.of("BILL-CASH"), profile, address));
        assertThat(requested.amount()).isEqualTo(Money.of("80.00", "CNY"));
        assertThat(as(owner, () -> invoices.invoiceableNow()).total()).isEqualTo(Money.of("0.00", "CNY"));
    }

    @Test
    void anIndividuallyVerifiedAccountCannotRequestAPrcInvoice() {
        SignedInUser owner = newOwner(CN);
        as(owner, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID)));
        approve(owner);
        offerBills(owner, bill("BILL-IND", "50.00", "50.00", "CNY"));
        long profile = as(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(null, InvoiceType.ELECTRONIC_ORDINARY, null, null,
                null, null, null))).id();
        long address = address(owner);

        assertRefused(owner, () -> invoices.request(List.of("BILL-IND"), profile, address), "invoice.enterpriseRequired");
        assertThat(as(owner, () -> invoices.myRequests(org.springframework.data.domain.Pageable.ofSize(5))).getTotalElements()).isZero();
    }

    @Test
    void aRequestedInvoiceOpensToItsDocumentsAmountsProfileAddressAndStatusHistory() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-D1", "120.00", "100.00", "CNY"), bill("BILL-D2", "30.00", "30.00", "CNY"));
        long id = as(owner, () -> invoices.request(List.of("BILL-D1", "BILL-D2"), ordinaryProfile(owner), address(owner))).id();
        SignedInUser operator = newOperator(CN);
        as(operator, () -> desk.issue(id));
        as(operator, () -> desk.mail(id, "SF99887766"));

        InvoiceRequestDetails details = as(owner, () -> invoices.requestDetails(id));
        assertThat(details.summary().amount()).isEqualTo(Money.of("130.00", "CNY"));
        assertThat(details.summary().title()).isEqualTo("Lumen Analytics Ltd");
        assertThat(details.summary().taxNumber()).isEqualTo(CREDIT_CODE);
        assertThat(details.summary().mailingAddress()).isEqualTo("1 Chang'an Avenue, Beijing");
        assertThat(details.recipientPhone()).isEqualTo("+86 10 1234 5678");
        assertThat(details.documents()).extracting(d -> d.reference() + " " + d.amount())
                .containsExactly("BILL-D1 CNY 100.00", "BILL-D2 CNY 30.00");
        assertThat(details.history()).extracting(InvoiceRequestDetails.StatusChange::status)
                .containsExactly(InvoiceStatus.REQUESTED, InvoiceStatus.ISSUED, InvoiceStatus.MAILED);
        assertThat(details.history().get(2).note()).isEqualTo("SF99887766");

        SignedInUser stranger = readyOwner();
        assertRefused(stranger, () -> invoices.requestDetails(id), "invoice.notFound");
    }

    @Test
    void profilesAndAddressesAreEditedAndDeletedButNotWhileALiveRequestUsesThem() {
        SignedInUser owner = readyOwner();
        offerBills(owner, bill("BILL-E1", "60.00", "60.00", "CNY"));
        long profile = ordinaryProfile(owner);
        long address = address(owner);
        as(owner, () -> invoices.saveAddress(new MailingAddressDetails(address, "Han Meimei", "+86 21 5555 0000", "han@example.com",
                "8 Nanjing Road, Shanghai")));
        as(owner, () -> invoices.saveProfile(new InvoiceProfileDetails(profile, InvoiceType.ELECTRONIC_ORDINARY, CREDIT_CODE, null, null,
                null, null)));
        assertThat(as(owner, () -> invoices.addresses())).extracting(MailingAddressDetails::recipient).containsExactly("Han Meimei");
        assertThat(as(owner, () -> invoices.profiles())).extracting(InvoiceProfileDetails::type)
                .containsExactly(InvoiceType.ELECTRONIC_ORDINARY);

        long id = as(owner, () -> invoices.request(List.of("BILL-E1"), profile, address)).id();
        assertRefused(owner, () -> invoices.deleteProfile(profile), "invoice.profileInUse");
        assertRefused(owner, () -> invoices.deleteAddress(address), "invoice.addressInUse");
        // Another account's ids change nothing.
        SignedInUser stranger = readyOwner();
        as(stranger, () -> invoices.deleteAddress(address));
        assertThat(as(owner, () -> invoices.addresses())).hasSize(1);

        // An electronic invoice is done once issued: then both may go.
        as(newOperator(CN), () -> desk.issue(id));
        as(owner, () -> invoices.deleteProfile(profile));
        as(owner, () -> invoices.deleteAddress(address));
        assertThat(as(owner, () -> invoices.profiles())).isEmpty();
        assertThat(as(owner, () -> invoices.addresses())).isEmpty();
        assertThat(as(owner, () -> invoices.requestDetails(id)).summary().recipient()).isEqualTo("Han Meimei");
    }

    private SignedInUser readyOwner() {
        SignedInUser owner = newOwner(CN);
        verifyAsEnterprise(owner, "Lumen Analytics Ltd");
        return owner;
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
