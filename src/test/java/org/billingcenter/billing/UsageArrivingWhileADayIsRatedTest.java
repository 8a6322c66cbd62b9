package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;

/**
 * A meter keeps sending a day's usage while the day is being rated. Whatever the intake accepted
 * must be in the day's consumption lines: a record committed after rating read the day would
 * never be billed.
 */
class UsageArrivingWhileADayIsRatedTest extends BillingFixture {

    private static final int ROUNDS = 4;
    private static final int SENDERS = 2;
    private static final int RECORDS_PER_BATCH = 5000;

    @Test
    void everyAcceptedRecordIsInTheRatedDay() throws Exception {
        clock.set(Instant.parse("2025-07-01T00:00:00Z"));
        for (int round = 0; round < ROUNDS; round++) {
            LocalDate day = LocalDate.of(2025, 6, 1).plusDays(round);
            SignedInUser owner = newOwner(INTL);
            credit(INTL, accountOf(owner).id(), "1000.00");
            WorkspaceSummary meter = workspace(owner, "us-west-1", null);
            // Noon in Los Angeles: inside the tenant's day whatever the season.
            Instant hour = day.atStartOfDay().toInstant(java.time.ZoneOffset.UTC).plusSeconds(20 * 3600);

            long accepted = race(day, meter.id(), hour);

            BigDecimal rated = jdbc.queryForObject("SELECT COALESCE(SUM(quantity), 0) FROM consumption_line WHERE tenant_id = ?"
                    + " AND usage_day = ? AND workspace_id = ?", BigDecimal.class, INTL, day, meter.id());
            assertThat(rated.longValue()).as("records accepted for %s and rated", day).isEqualTo(accepted);
        }
    }

    /** Senders keep sending batches of one unit each until the day is refused; meanwhile the day is rated. Returns how many were accepted. */
    private long race(LocalDate day, long workspaceId, Instant hour) throws Exception {
        CountDownLatch sending = new CountDownLatch(SENDERS);
        try (ExecutorService pool = Executors.newFixedThreadPool(SENDERS + 1)) {
            List<Future<Long>> senders = new ArrayList<>();
            for (int s = 0; s < SENDERS; s++) {
                senders.add(pool.submit(() -> {
                    long kept = 0;
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                    boolean first = true;
                    while (System.nanoTime() < deadline) {
                        IngestionResult result = SystemIdentity.callAsOperator(INTL, () -> usage.ingest(batch(workspaceId, hour)));
                        if (first) {
                            sending.countDown();
                            first = false;
                        }
                        if (result.refused()) {
                            assertThat(result.errors().getFirst().reason()).contains("already been rated");
                            return kept;
                        }
                        kept += result.accepted();
                    }
                    throw new AssertionError("the day was never closed to usage");
                }));
            }
            sending.await();
            Future<Boolean> rated = pool.submit(() -> SystemIdentity.callAsOperator(INTL, () -> rating.rate(day)));
            assertThat(rated.get()).isTrue();
            long accepted = 0;
            for (Future<Long> sender : senders) {
                accepted += sender.get();
            }
            return accepted;
        }
    }

    private static List<UsageRecord> batch(long workspaceId, Instant hour) {
        List<UsageRecord> records = new ArrayList<>(RECORDS_PER_BATCH);
        for (int i = 0; i < RECORDS_PER_BATCH; i++) {
            records.add(new UsageRecord(UUID.randomUUID().toString(), workspaceId, "LOGS", hour, BigDecimal.ONE));
        }
        return records;
    }
}
