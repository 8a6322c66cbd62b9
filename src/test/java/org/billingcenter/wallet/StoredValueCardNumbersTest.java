package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

/**
 * A customer buys stored-value cards: each has its own number, with a check digit, shown on the
 * purchase, in the card details and on the invoiceable card purchase.
 */
class StoredValueCardNumbersTest extends WalletServicesTest {

    @Autowired
    InvoiceService invoices;

    @Test
    void aCustomerBuysTwoCardsAndFindsEachNumberInTheDetailsAndOnTheInvoiceableDocument() {
        SignedInUser owner = newOwner(INTL);
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("300"), "Acme AP", "WIRE-" + key(), key()));
        as(newOperator(INTL), () -> recharges.confirmRemittance(order, "on the statement"));

        String key = key();
        StoredValueCardService.CardPurchase first = as(owner, () -> cards.buy(Money.of("100", "USD"), key));
        StoredValueCardService.CardPurchase second = as(owner, () -> cards.buy(Money.of("200", "USD"), key()));

        assertThat(first.cardNumber()).matches("8\\d{3} \\d{4} \\d{4} \\d{4}");
        assertThat(CardNumbers.isValid(first.cardNumber())).isTrue();
        assertThat(CardNumbers.isValid(second.cardNumber())).isTrue();
        assertThat(first.cardNumber()).isNotEqualTo(second.cardNumber());
        // The same purchase asked again answers with the same card and number.
        assertThat(as(owner, () -> cards.buy(Money.of("100", "USD"), key))).isEqualTo(first);

        assertThat(as(owner, () -> wallet.lots(true, null, Pageable.ofSize(10))).getContent()).extracting(Lot::cardNumber)
                .containsExactlyInAnyOrder(first.cardNumber(), second.cardNumber());
        assertThat(as(owner, () -> invoices.invoiceable())).filteredOn(d -> d.type() == DocumentType.CARD_PURCHASE)
                .extracting(document -> Message.render(document.description(), Locale.ENGLISH))
                .containsExactlyInAnyOrder("Stored-value card " + first.cardNumber(), "Stored-value card " + second.cardNumber());
    }

    @Test
    void aMistypedCardNumberFailsItsCheckDigit() {
        for (int i = 0; i < 200; i++) {
            String number = CardNumbers.generate();
            assertThat(CardNumbers.isValid(number)).as(number).isTrue();
            char changed = (char) ('0' + (number.charAt(7) - '0' + 1) % 10);
            assertThat(CardNumbers.isValid(number.substring(0, 7) + changed + number.substring(8))).as(number).isFalse();
        }
        // A known Luhn-valid number, and the same with two neighbours swapped.
        assertThat(CardNumbers.isValid("4539 1488 0343 6467")).isTrue();
        assertThat(CardNumbers.isValid("4539 1488 0343 6476")).isFalse();
    }
}
