package org.billingcenter.wallet;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How wallet commands are grouped into database transactions. On a small server one batch in
 * flight at a time gives the largest batches and the most commands per second (measured on two
 * cores: 1 leader beat 2 and 3); a database with more cores may take more.
 *
 * @param leaders batches of one kind in flight at once on this node
 * @param maxBatch most commands in one transaction
 */
@ConfigurationProperties("billing.wallet.group-commit")
record GroupCommitProperties(@DefaultValue("1") int leaders, @DefaultValue("64") int maxBatch) {

    GroupCommitProperties {
        if (leaders < 1 || maxBatch < 1) {
            throw new IllegalArgumentException("billing.wallet.group-commit: leaders and max-batch must be at least 1");
        }
    }
}
