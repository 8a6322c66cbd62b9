package org.billingcenter.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.SelfService;
import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;
import org.billingcenter.verification.InternationalIdentity;
import org.billingcenter.verification.VerificationKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * lumen-intl issues international invoices (its tenant file says so): the request is made out to
 * billing details (a name, tax or VAT id, billing address, country), never a PRC VAT kind, and
 * lumen-cn offers no international one. A person abroad may ask too: no enterprise is required.
 */
class InternationalInvoiceTest extends SelfService {

    @Autowired
    InvoiceDeskService desk;

    @Test
    void aCompanyAbroadIsInvoicedUnderItsBillingDetails() {
        SignedInUser owner = newOwner(INTL);
        verifyAsCompanyAbroad(owner, "Acme Analytics Inc.");
        assertThat(as(owner, () -> invoices.kindOffered())).isEqualTo(TaxInvoiceKind.INTERNATIONAL);
        offerBills(owner, bill("BILL-INTL-1", "120.00", "100.00", "USD"));
        InvoiceProfileDetails details = as(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null,
                " Acme Analytics Inc. (Accounts) ", "12 3456789", BILLING_ADDRESS, "us")));
        assertThat(details.type()).isEqualTo(InvoiceType.INTERNATIONAL);
        assertThat(details.country()).isEqualTo("US");
        assertThat(details.companyName()).isEqualTo("Acme Analytics Inc. (Accounts)");
        assertThat(details.bank()).isNull();

        InvoiceSummary requested = as(owner, () -> invoices.request(List.of("BILL-INTL-1"), details.id(), address(owner)));
        assertThat(requested.title()).as("made out to the billing details, not the verified name").isEqualTo("Acme Analytics Inc. (Accounts)");
        assertThat(requested.taxNumber()).isEqualTo("12 3456789");
        assertThat(requested.amount()).isEqualTo(Money.of("100.00", "USD"));
        InvoiceRequestDetails opened = as(owner, () -> invoices.requestDetails(requested.id()));
        assertThat(opened.billingAddress()).isEqualTo(BILLING_ADDRESS);
        assertThat(opened.country()).isEqualTo("US");

        SignedInUser operator = newOperator(INTL);
        as(operator, () -> desk.issue(requested.id()));
        // A PDF is sent by e-mail: there is nothing to mail.
        assertThatThrownBy(() -> as(operator, () -> desk.mail(requested.id(), "TRACK-1"))).isInstanceOf(BusinessRuleException.class)
                .hasMessageStartingWith("invoice.electronicNotMailed");
        assertThat(as(owner, () -> invoices.pdf(requested.id())).content()).isNotEmpty();
    }

    @Test
    void billingDetailsNeedANameAnAddressAndACountryAndACompanyItsTaxId() {
        SignedInUser owner = newOwner(INTL);
        verifyAsCompanyAbroad(owner, "Acme Analytics Inc.");
        assertRefused(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, " ", EIN, BILLING_ADDRESS, "US")),
                "invoice.fieldRequired");
        assertRefused(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Acme", null, BILLING_ADDRESS, "US")),
                "invoice.fieldRequired");
        assertRefused(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Acme", EIN, "", "US")),
                "invoice.fieldRequired");
        assertRefused(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Acme", EIN, BILLING_ADDRESS, null)),
                "invoice.fieldRequired");
        assertRefused(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Acme", EIN, BILLING_ADDRESS, "ZZ")),
                "invoice.countryInvalid");
        assertRefused(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Acme", "DE123", BILLING_ADDRESS, "DE")),
                "invoice.taxIdInvalid");
        assertThat(as(owner, () -> invoices.profiles())).isEmpty();
    }

    @Test
    void aPersonAbroadGetsAnInvoiceWithoutATaxId() {
        SignedInUser owner = newOwner(INTL);
        as(owner, () -> verification.submitInternational(new InternationalIdentity(VerificationKind.INDIVIDUAL, "Jo Doe", null, "GB",
                "1 High Street, Oxford")));
        approve(owner);
        offerBills(owner, bill("BILL-INTL-P", "40.00", "40.00", "USD"));
        long details = as(owner, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Jo Doe", null,
                "1 High Street, Oxford", "GB"))).id();
        InvoiceSummary requested = as(owner, () -> invoices.request(List.of("BILL-INTL-P"), details, address(owner)));
        assertThat(requested.title()).isEqualTo("Jo Doe");
        assertThat(requested.taxNumber()).isNull();
    }

    @Test
    void aPrcKindIsRefusedAbroadAndTheInternationalKindAtHome() {
        SignedInUser abroad = newOwner(INTL);
        verifyAsCompanyAbroad(abroad, "Acme Analytics Inc.");
        for (InvoiceType prc : List.of(InvoiceType.VAT_ORDINARY, InvoiceType.VAT_SPECIAL, InvoiceType.ELECTRONIC_ORDINARY)) {
            assertRefused(abroad, () -> invoices.saveProfile(new InvoiceProfileDetails(null, prc, CREDIT_CODE, "Bank", "6222 0000 1111",
                    "1 Road", "+1 555 0100")), "invoice.kindNotOffered");
        }
        assertThat(InvoiceType.offeredBy(TaxInvoiceKind.INTERNATIONAL)).containsExactly(InvoiceType.INTERNATIONAL);

        SignedInUser home = newOwner(CN);
        verifyAsEnterprise(home, "Hangzhou Lumen Co., Ltd.");
        assertThat(as(home, () -> invoices.kindOffered())).isEqualTo(TaxInvoiceKind.PRC_VAT);
        assertRefused(home, () -> invoices.saveProfile(InvoiceProfileDetails.international(null, "Lumen", CREDIT_CODE, "Hangzhou", "CN")),
                "invoice.kindNotOffered");
        assertThat(InvoiceType.offeredBy(TaxInvoiceKind.PRC_VAT)).doesNotContain(InvoiceType.INTERNATIONAL);
    }

    private static void assertRefused(SignedInUser user, Runnable work, String key) {
        assertThatThrownBy(() -> as(user, work)).isInstanceOf(BusinessRuleException.class).hasMessageStartingWith(key);
    }
}
