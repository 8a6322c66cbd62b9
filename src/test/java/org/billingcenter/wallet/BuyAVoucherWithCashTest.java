package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.billingcenter.invoice.DocumentType;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.FeatureUnavailableException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Voucher purchase recharge in lumen-intl, whose file sells a 50.00 voucher for 48.00 valid 180
 * days: the cash price leaves the wallet, the voucher is worth its face value, the books balance,
 * and the price is invoiceable as far as paid money paid it.
 */
class BuyAVoucherWithCashTest extends WalletServicesTest {

    @Autowired
    VoucherPurchaseService purchases;
    @Autowired
    InvoiceService invoices;

    @Test
    void aHolderBuysAVoucherWithRechargedCashAndCanInvoiceItsPrice() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        // 30.00 paid by remittance, 20.00 of goodwill: the 48.00 price is 30.00 paid money and 18.00 granted.
        long order = as(owner, () -> recharges.recordRemittance(new BigDecimal("30.00"), "Owner", "REF-" + key(), key()));
        as(newOperator(INTL), () -> recharges.confirmRemittance(order, "seen on the statement"));
        as(newOperator(INTL), () -> wallet.grantCredit(account, Money.of("20.00", "USD"), "goodwill", key()));

        assertThat(as(owner, () -> purchases.offers())).extracting(offer -> offer.faceValue().toPlainString() + " for "
                + offer.price().toPlainString() + ", " + offer.validityDays() + " days").containsExactly("50 for 48, 180 days",
                        "200 for 185, 365 days");
        String key = key();
        Lot voucher = as(owner, () -> purchases.buy(new BigDecimal("50"), key));
        assertThat(as(owner, () -> purchases.buy(new BigDecimal("50"), key)).id()).as("a repeated click buys once").isEqualTo(voucher.id());

        assertThat(voucher.kind()).isEqualTo(LotKind.ORDINARY_VOUCHER);
        assertThat(voucher.origin()).isEqualTo(LotOrigin.VOUCHER_PURCHASE);
        assertThat(voucher.faceValue()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(java.time.Duration.between(voucher.validFrom(), voucher.expiresAt())).hasDays(180);
        WalletOverview after = as(owner, () -> wallet.overview());
        assertThat(after.cash()).isEqualTo(Money.of("2.00", "USD"));
        assertThat(after.vouchers()).isEqualTo(Money.of("50.00", "USD"));
        assertThat(as(newOperator(INTL), () -> ledgerCheck.check(account)).problems()).isEmpty();

        List<InvoiceableDocument> documents = as(owner, () -> invoices.invoiceable());
        assertThat(documents).filteredOn(document -> document.type() == DocumentType.VOUCHER_PURCHASE).singleElement()
                .satisfies(document -> {
                    assertThat(document.reference()).isEqualTo("VOUCHER-" + voucher.id());
                    assertThat(document.total()).isEqualTo(Money.of("48.00", "USD"));
                    assertThat(document.invoiceable()).as("only the paid money, not the goodwill").isEqualTo(Money.of("30.00", "USD"));
                });
        assertThat(as(newOwner(INTL), () -> invoices.invoiceable())).noneMatch(d -> d.reference().equals("VOUCHER-" + voucher.id()));
    }

    @Test
    void aVoucherNotOnSaleOrNotCoveredByCashIsRefusedAndNothingMoves() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        as(newOperator(INTL), () -> wallet.grantCredit(account, Money.of("100.00", "USD"), "goodwill", key()));

        assertThatThrownBy(() -> as(owner, () -> purchases.buy(new BigDecimal("75"), key())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("voucherPurchase.unknownOffer"));
        assertThatThrownBy(() -> as(owner, () -> purchases.buy(new BigDecimal("200"), key())))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.messageKey()).isEqualTo("voucherPurchase.insufficientCash"));
        assertThat(as(owner, () -> wallet.overview())).satisfies(overview -> {
            assertThat(overview.cash()).isEqualTo(Money.of("100.00", "USD"));
            assertThat(overview.vouchers().isZero()).isTrue();
        });
    }

    @Test
    void onlyPeopleWhoMoveMoneyBuyAndOnlyWhereTheTenantOffersVouchers() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        assertThatThrownBy(() -> as(auditor, () -> purchases.buy(new BigDecimal("50"), key()))).isInstanceOf(AccessDeniedException.class);
        SignedInUser hostingOwner = newOwner(HOSTING);
        assertThatThrownBy(() -> as(hostingOwner, () -> purchases.offers())).isInstanceOf(FeatureUnavailableException.class);
    }
}
