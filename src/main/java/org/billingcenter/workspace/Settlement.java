package org.billingcenter.workspace;

import java.util.Objects;

/**
 * A workspace's settlement method: the wallet, or a cloud account (its id and provider, e.g.
 * {@code AWS}). Binding and managing cloud accounts lives with the account feature.
 */
public record Settlement(SettlementKind kind, Long cloudAccountId, String provider) {

    public static final Settlement WALLET = new Settlement(SettlementKind.WALLET, null, null);

    public Settlement {
        Objects.requireNonNull(kind, "kind");
        if (kind == SettlementKind.WALLET && (cloudAccountId != null || provider != null)) {
            throw new IllegalArgumentException("Wallet settlement names no cloud account");
        }
        if (kind == SettlementKind.CLOUD_ACCOUNT && (cloudAccountId == null || provider == null || provider.isBlank())) {
            throw new IllegalArgumentException("Cloud settlement needs a cloud account id and its provider");
        }
    }

    public static Settlement cloudAccount(long cloudAccountId, String provider) {
        return new Settlement(SettlementKind.CLOUD_ACCOUNT, cloudAccountId, provider);
    }

    public boolean byWallet() {
        return kind == SettlementKind.WALLET;
    }
}
