package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A stored-value card is invoiceable only for the money the customer really paid for it: cash that
 * came in through a payment or a confirmed remittance, not what staff credited as goodwill.
 */
class GoodwillIsNotInvoicedTest extends WalletServicesTest {

    @Autowired
    InvoiceService invoices;

    private SignedInUser owner;
    private SignedInUser operator;
    private long account;

    private void newCustomer() {
        owner = newOwner(INTL);
        operator = newOperator(INTL);
        account = owner.accountId();
    }

    @Test
    void aCustomerWhoGotGoodwillAndRechargedBuysACardAndOnlyWhatTheyPaidIsInvoiceable() {
        newCustomer();
        goodwill("100");
        remitted("50");

        buyCard("100");

        assertThat(cardsOnOffer()).singleElement().satisfies(card -> {
            assertThat(card.total()).isEqualTo(usd("100"));
            assertThat(card.invoiceable()).isEqualTo(usd("50"));
        });
        assertThat(as(owner, () -> wallet.overview()).cards()).isEqualTo(usd("100"));
        assertThat(as(operator, () -> ledgerCheck.check(account)).problems()).isEmpty();
    }

    @Test
    void aCustomerWhoBuysACardWithGoodwillAloneHasNothingToInvoice() {
        newCustomer();
        goodwill("300");

        buyCard("200");

        assertThat(cardsOnOffer()).isEmpty();
        assertThat(as(owner, () -> wallet.overview()).cash()).isEqualTo(usd("100"));
    }

    @Test
    void aCustomerWhoPaidForEverythingHasTheWholeCardInvoiceable() {
        newCustomer();
        remitted("250");

        buyCard("200");

        assertThat(cardsOnOffer()).extracting(InvoiceableDocument::invoiceable).containsExactly(usd("200"));
    }

    @Test
    void paidMoneyAlreadySpentOnUsageIsNotInvoicedAgainOnACard() {
        newCustomer();
        remitted("100");
        goodwill("100");
        charged("80");

        buyCard("100");

        assertThat(cardsOnOffer()).extracting(InvoiceableDocument::invoiceable).containsExactly(usd("20"));
    }

    @Test
    void paidMoneyThatSettledArrearsIsNotInvoicedAgainOnACard() {
        newCustomer();
        charged("30");
        remitted("100");
        goodwill("100");

        buyCard("100");

        assertThat(cardsOnOffer()).extracting(InvoiceableDocument::invoiceable).containsExactly(usd("70"));
    }

    @Test
    void aCustomerWhoBuysTwoCardsHasThePaidMoneyInvoicedOnceAcrossThem() {
        newCustomer();
        remitted("150");
        goodwill("50");

        buyCard("100");
        buyCard("100");

        assertThat(cardsOnOffer()).extracting(InvoiceableDocument::invoiceable).containsExactlyInAnyOrder(usd("100"), usd("50"));
        assertThat(as(owner, () -> wallet.overview()).cash().isZero()).isTrue();
    }

    private void goodwill(String amount) {
        as(operator, () -> wallet.grantCredit(account, usd(amount), "goodwill for an outage", key()));
    }

    private void remitted(String amount) {
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal(amount), "Acme AP", "WIRE-" + key(), key()));
        as(operator, () -> recharges.confirmRemittance(order, "on the statement"));
    }

    private void charged(String amount) {
        as(operator, () -> deduction.charge(new Charge(account, usd(amount), "LOGS", "Logs", LocalDate.of(2026, 11, 14), key())));
    }

    private void buyCard(String faceValue) {
        as(owner, () -> cards.buy(usd(faceValue), key()));
    }

    private List<InvoiceableDocument> cardsOnOffer() {
        return as(owner, () -> invoices.invoiceable()).stream().filter(document -> document.type() == DocumentType.CARD_PURCHASE)
                .toList();
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
