package org.billingcenter.wallet;

import org.billingcenter.tenant.TenantDefinition.FundingSource;

/** The kinds of funding lot, each one of the tenant's funding sources. */
public enum LotKind {
    ORDINARY_VOUCHER(FundingSource.ORDINARY_VOUCHER, true),
    FULL_REDUCTION_VOUCHER(FundingSource.FULL_REDUCTION_VOUCHER, true),
    STORED_VALUE_CARD(FundingSource.STORED_VALUE_CARD, false);

    private final FundingSource source;
    private final boolean voucher;

    LotKind(FundingSource source, boolean voucher) {
        this.source = source;
        this.voucher = voucher;
    }

    public FundingSource source() {
        return source;
    }

    public boolean isVoucher() {
        return voucher;
    }

    static LotKind of(FundingSource source) {
        for (LotKind kind : values()) {
            if (kind.source == source) {
                return kind;
            }
        }
        throw new IllegalArgumentException(source + " is not a funding lot");
    }
}
