package org.billingcenter.wallet;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wallet commands are grouped into database transactions. One batch in flight at a time gives
 * the largest batches; a second one lets one batch run while the other waits for the database, which
 * on two cores made credits and payment callbacks across many wallets faster (WalletBenchmark), but
 * not charges on one hot wallet, where the second batch only waits for the first one's wallet lock.
 * See {@code leadersPerLane}.
 *
 * @param leaders batches of one kind in flight at once on this node, unless the kind has its own number
 * @param maxBatch most commands in one transaction
 * @param leadersPerLane batches in flight at once for particular kinds ({@code credit}, {@code charge}, {@code payment-callback})
 */
@ConfigurationProperties("billing.wallet.group-commit")
record GroupCommitProperties(@DefaultValue("1") int leaders, @DefaultValue("64") int maxBatch, Map<String, Integer> leadersPerLane) {

    GroupCommitProperties {
        leadersPerLane = leadersPerLane == null ? Map.of() : Map.copyOf(leadersPerLane);
        if (leaders < 1 || maxBatch < 1 || leadersPerLane.values().stream().anyMatch(count -> count < 1)) {
            throw new IllegalArgumentException("billing.wallet.group-commit: leaders, max-batch and each of leaders-per-lane must be at least 1");
        }
    }

    /** Batches of the kind {@code lane} in flight at once. */
    int leaders(String lane) {
        return leadersPerLane.getOrDefault(lane, leaders);
    }
}
