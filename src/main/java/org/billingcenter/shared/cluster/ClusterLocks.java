package org.billingcenter.shared.cluster;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * With several application nodes on one database, a job or a run holds a named lock, a row in the
 * {@code shedlock} table, while it works: scheduled jobs through {@code @SchedulerLock}, runs that
 * staff start through {@link ExclusiveRun}, under the same names. Lock times are the database's,
 * so nodes whose clocks drift apart still agree. A lock is extended while its holder works and
 * lapses within minutes when the holder's node dies; the work's own state and keys let the next
 * holder resume without repeating what was done.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
class ClusterLocks {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        JdbcTemplateLockProvider rows = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName("shedlock")
                .usingDbTime()
                .build());
        ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "cluster-lock-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        return new KeepAliveLockProvider(rows, keepAlive);
    }
}
