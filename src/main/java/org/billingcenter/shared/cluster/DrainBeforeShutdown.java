package org.billingcenter.shared.cluster;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * A node told to stop reports itself not ready first (Spring Boot turns readiness to refusing
 * traffic as the context closes), then keeps serving for the drain period, so the load balancer's
 * health check sees it go and sends new requests elsewhere before the web server stops taking
 * connections; graceful shutdown then lets the requests under way finish. Stopped before every
 * other part of the application.
 */
@Component
class DrainBeforeShutdown implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DrainBeforeShutdown.class);

    private final Duration drain;
    private volatile boolean running;

    DrainBeforeShutdown(ClusterProperties settings) {
        this.drain = settings.drain();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drain.isPositive()) {
            log.info("Not ready any more; serving for {} more while the load balancer sees it", drain);
            try {
                Thread.sleep(drain);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
