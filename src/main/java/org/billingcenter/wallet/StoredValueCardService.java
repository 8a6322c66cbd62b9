package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.Provenance;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.FullReductionRule;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stored-value cards, bought with the account's cash: face value a multiple of the tenant's step,
 * bound to the account, not transferable or refundable, valid for the tenant's months. The
 * purchase is invoiceable at once (so consumption the card pays later is not invoiced again) for
 * the part paid with money that came in as a payment or remittance (see {@link CashOrigin}), and
 * buying over the tenant's thresholds grants a full-reduction voucher.
 */
@Service
@Transactional
@RequiresFeature(Feature.STORED_VALUE_CARDS)
public class StoredValueCardService {

    private final MoneyCommands commands;
    private final FundingLotRepository lots;
    private final VoucherService vouchers;
    private final TenantRegistry tenants;
    private final BusinessDay businessDay;
    private final CashOrigins cashOrigins;
    private final Clock clock;

    StoredValueCardService(MoneyCommands commands, FundingLotRepository lots, VoucherService vouchers, TenantRegistry tenants,
            BusinessDay businessDay, CashOrigins cashOrigins, Clock clock) {
        this.cashOrigins = cashOrigins;
        this.commands = commands;
        this.lots = lots;
        this.vouchers = vouchers;
        this.tenants = tenants;
        this.businessDay = businessDay;
        this.clock = clock;
    }

    /** What buying a card of this face value would grant, so the dialog can say it before confirming. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    @Transactional(readOnly = true)
    public Optional<Money> rewardFor(Money faceValue) {
        return bestRule(tenants.current(), faceValue).map(rule -> Money.of(rule.grant(), faceValue.currency()));
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
    public CardPurchase buy(Money faceValue, String idempotencyKey) {
        TenantDefinition tenant = tenants.current();
        requireValidFaceValue(tenant, faceValue);
        CardBought bought = commands.runHere(MoneyCommand.of(CurrentUser.requireAccountId(), idempotencyKey, "BUY_CARD",
                new Object[] {faceValue}, (books, by) -> buy(books, by, tenant, faceValue), CardBought::read));
        // A purchase answered again for a repeated key (recorded before cards had numbers) reads the number from the card.
        String number = bought.cardNumber() != null ? bought.cardNumber()
                : lots.findById(bought.cardLotId()).map(FundingLot::getCardNumber).orElse(null);
        return new CardPurchase(bought.cardLotId(), bought.rewardLotId(), CardNumbers.formatted(number));
    }

    private CardBought buy(Books books, Provenance by, TenantDefinition tenant, Money faceValue) {
        books.requireCurrency(faceValue);
        if (books.cash().compareTo(faceValue) < 0) {
            throw new BusinessRuleException("card.insufficientCash", books.cash().amount().toPlainString());
        }
        Instant now = books.now();
        Instant expires = ZonedDateTime.ofInstant(now, tenant.timeZone()).plusMonths(tenant.storedValueCards().validityMonths()).toInstant();
        FundingLot card = lots.save(new FundingLot(books.accountId(), LotKind.STORED_VALUE_CARD, LotOrigin.CARD_PURCHASE,
                null, faceValue, now, expires, now));
        books.knowNewLot(card);
        books.post(purchase(books, by, card, faceValue, now));
        Long rewardId = bestRule(tenant, faceValue)
                .map(rule -> vouchers.grant(books, by, LotKind.FULL_REDUCTION_VOUCHER, LotOrigin.PURCHASE_REWARD,
                        "card:" + card.getId(), Money.of(rule.grant(), faceValue.currency()),
                        Duration.between(now, expires), Message.of("journal.cardReward").stored()).getId())
                .orElse(null);
        return new CardBought(card.getId(), rewardId, card.getCardNumber());
    }

    /** What a purchase did, kept with its key as {@code "<card>:<reward or nothing>:<card number>"}. */
    record CardBought(long cardLotId, Long rewardLotId, String cardNumber) implements MoneyCommand.Result {

        static CardBought read(String stored) {
            String[] parts = stored.split(":", -1);
            return new CardBought(Long.parseLong(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1]),
                    parts.length > 2 ? parts[2] : null);
        }

        @Override
        public String stored() {
            return cardLotId + ":" + (rewardLotId == null ? "" : rewardLotId) + ":" + cardNumber;
        }
    }

    /**
     * The card is paid with the wallet's cash, paid money first; only that part of it is
     * invoiceable, on its own entry, and the part paid with money staff credited is not.
     */
    private JournalTransaction purchase(Books books, Provenance by, FundingLot card, Money faceValue, Instant now) {
        Money paid = Money.of(cashOrigins.of(books.accountId()).paidPartOf(faceValue.amount()), faceValue.currency());
        Money granted = faceValue.minus(paid);
        JournalTransaction purchase = new JournalTransaction(books.accountId(), MovementKind.CARD_PURCHASE,
                Message.of("journal.cardPurchase").stored(), now, businessDay.today(), by).cash(faceValue.negate(), false);
        if (paid.isPositive()) {
            purchase.lot(card, paid, true);
        }
        if (granted.isPositive()) {
            purchase.lot(card, granted, false);
        }
        return purchase;
    }

    /** The tenant's card rules on a face value; forms use it to point out a bad value before confirming. */
    public static void requireValidFaceValue(TenantDefinition tenant, Money faceValue) {
        var rules = tenant.storedValueCards();
        BigDecimal value = faceValue.amount();
        if (value.compareTo(BigDecimal.valueOf(rules.minimumFaceValue())) < 0
                || value.remainder(BigDecimal.valueOf(rules.faceValueStep())).signum() != 0) {
            throw new BusinessRuleException("card.faceValue", rules.faceValueStep(), rules.minimumFaceValue());
        }
        MoneyRules.requireWithin(faceValue, BigDecimal.ZERO, tenant.recharge().maximum());
    }

    private static Optional<FullReductionRule> bestRule(TenantDefinition tenant, Money faceValue) {
        return tenant.fullReductionVouchers().stream()
                .filter(rule -> faceValue.amount().compareTo(rule.purchase()) >= 0)
                .max(Comparator.comparing(FullReductionRule::purchase));
    }

    /** The card bought, and the full-reduction voucher it earned, if any. */
    public record CardPurchase(long cardLotId, Long rewardVoucherLotId, String cardNumber) {
    }
}
