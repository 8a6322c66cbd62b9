package org.billingcenter.account;

import java.time.Clock;

import org.billingcenter.shared.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Keeps each successful sign-in (the repository's own transaction); a failure here never blocks signing in. */
@Component
class SignInLog {

    private static final Logger log = LoggerFactory.getLogger(SignInLog.class);

    private final SignInRecordRepository records;
    private final Clock clock;

    SignInLog(SignInRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @EventListener
    void on(SignInSucceeded signIn) {
        try {
            TenantContext.runAs(signIn.tenantId(),
                    () -> records.save(new SignInRecord(signIn.userId(), clock.instant(), signIn.address(), signIn.userAgent())));
        } catch (RuntimeException failed) {
            log.warn("Could not record the sign-in of user {}", signIn.userId(), failed);
        }
    }
}
