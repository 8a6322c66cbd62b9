package org.billingcenter.shared.cluster;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Running as one of several nodes: how long a stopping node keeps serving after it reports itself
 * not ready ({@code drain}; longer than the load balancer's checks take to see it, none for a
 * single node).
 */
@ConfigurationProperties("billing.cluster")
public record ClusterProperties(@DefaultValue("PT0S") Duration drain) {
}
