package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantDefinition.VoucherOffer;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Voucher purchase recharge: the account holder buys one of the tenant's voucher offers with the
 * account's cash. The voucher is an ordinary voucher worth its face value, valid for the offer's
 * days; the cash price is invoiceable at once (for the part paid with money that came in as a
 * payment, as for cards: see {@link CashOrigin}), so what the voucher pays later is not invoiced
 * again. A face value above the price is the tenant's discount, from the promotions book.
 */
@Service
@Transactional
@RequiresFeature(Feature.VOUCHERS)
public class VoucherPurchaseService {

    private final MoneyCommands commands;
    private final FundingLotRepository lots;
    private final TenantRegistry tenants;
    private final BusinessDay businessDay;
    private final CashOrigins cashOrigins;
    private final Clock clock;

    VoucherPurchaseService(MoneyCommands commands, FundingLotRepository lots, TenantRegistry tenants, BusinessDay businessDay,
            CashOrigins cashOrigins, Clock clock) {
        this.commands = commands;
        this.lots = lots;
        this.tenants = tenants;
        this.businessDay = businessDay;
        this.cashOrigins = cashOrigins;
        this.clock = clock;
    }

    /** The vouchers the tenant sells, from its file, smallest first. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    @Transactional(readOnly = true)
    public List<VoucherOffer> offers() {
        return tenants.current().voucherPurchases().stream().sorted(java.util.Comparator.comparing(VoucherOffer::faceValue)).toList();
    }

    /** Buys the offer of this face value with the account's cash; returns the voucher. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public Lot buy(BigDecimal faceValue, String idempotencyKey) {
        var tenant = tenants.current();
        VoucherOffer offer = tenant.voucherPurchases().stream()
                .filter(candidate -> faceValue != null && candidate.faceValue().compareTo(faceValue) == 0).findFirst()
                .orElseThrow(() -> new BusinessRuleException("voucherPurchase.unknownOffer"));
        Money face = Money.of(offer.faceValue(), tenant.currency());
        Money price = Money.of(offer.price(), tenant.currency());
        long lotId = commands.runHere(MoneyCommand.of(CurrentUser.requireAccountId(), idempotencyKey, "BUY_VOUCHER", new Object[] {face},
                (books, by) -> {
                    books.requireCurrency(face);
                    if (books.cash().compareTo(price) < 0) {
                        throw new BusinessRuleException("voucherPurchase.insufficientCash", books.cash().amount().toPlainString());
                    }
                    Instant now = books.now();
                    FundingLot voucher = lots.save(new FundingLot(books.accountId(), LotKind.ORDINARY_VOUCHER, LotOrigin.VOUCHER_PURCHASE,
                            price.amount().toPlainString(), face, now, now.plus(Duration.ofDays(offer.validityDays())), now));
                    books.knowNewLot(voucher);
                    books.post(purchase(books, by, voucher, face, price, now));
                    return new NewLot(voucher.getId());
                }, NewLot::read)).lotId();
        return Lot.of(lots.findById(lotId).orElseThrow());
    }

    /** Cash pays the price, paid money first and only that part invoiceable; promotions give the discount. */
    private JournalTransaction purchase(Books books, Provenance by, FundingLot voucher, Money face, Money price, Instant now) {
        Money paid = Money.of(cashOrigins.of(books.accountId()).paidPartOf(price.amount()), price.currency());
        Money granted = price.minus(paid);
        Money discount = face.minus(price);
        JournalTransaction purchase = new JournalTransaction(books.accountId(), MovementKind.VOUCHER_PURCHASE, "Voucher purchase",
                now, businessDay.today(), by).cash(price.negate(), false);
        if (paid.isPositive()) {
            purchase.lot(voucher, paid, true);
        }
        if (granted.isPositive()) {
            purchase.lot(voucher, granted, false);
        }
        if (discount.isPositive()) {
            purchase.entry(LedgerAccount.PROMOTIONS, discount.negate()).lot(voucher, discount, false);
        }
        return purchase;
    }
}
