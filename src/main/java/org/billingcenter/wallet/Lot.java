package org.billingcenter.wallet;

import java.time.Instant;

import org.billingcenter.shared.money.Money;

/** A voucher or stored-value card as the details lists show it; a card with its number, grouped in fours. */
public record Lot(long id, LotKind kind, LotOrigin origin, Money faceValue, Money balance, LotStatus status,
        Instant validFrom, Instant expiresAt, String reference, String cardNumber) {

    static Lot of(FundingLot lot) {
        String reference = lot.getReference() == null ? null
                : lot.getOrigin() == LotOrigin.ACTIVATION_CODE ? VoucherService.masked(lot.getReference()) : lot.getReference();
        return new Lot(lot.getId(), lot.getKind(), lot.getOrigin(), lot.faceValue(), lot.balance(), lot.getStatus(),
                lot.getValidFrom(), lot.getExpiresAt(), reference, CardNumbers.formatted(lot.getCardNumber()));
    }
}
