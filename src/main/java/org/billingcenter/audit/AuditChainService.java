package org.billingcenter.audit;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets an auditor check that the current tenant's change history is as it was recorded. A check
 * runs in the background and hashes only what was sealed since the last one, so asking is cheap
 * and a burst of asks runs one check; staff may ask for a full check from the first revision,
 * which also finds an alteration made before the last check. Everyone sees the check as their
 * role allows (see {@link ChainCheckReport}).
 */
@Service
public class AuditChainService {

    private final ChainChecks checks;
    private final AccountRevisions accountRevisions;

    AuditChainService(ChainChecks checks, AccountRevisions accountRevisions) {
        this.checks = checks;
        this.accountRevisions = accountRevisions;
    }

    /** Starts a check from where the last one ended, or joins the one under way. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    @Transactional(readOnly = true)
    public ChainCheckReport check() {
        return reportOf(checks.start(TenantContext.require(), false));
    }

    /** Starts a check of the whole chain from its first revision (or joins the one under way). */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public ChainCheckReport fullCheck() {
        return reportOf(checks.start(TenantContext.require(), true));
    }

    /** The latest check of the tenant on this node, running or done, as the caller may see it. */
    @RolesAllowed({Role.Names.AUDITOR, Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.OPERATOR})
    @Transactional(readOnly = true)
    public Optional<ChainCheckReport> lastCheck() {
        return checks.latest(TenantContext.require()).map(this::reportOf);
    }

    /** A full check, waited for: for staff tools and start-up checks, not for a screen. */
    @RolesAllowed(Role.Names.OPERATOR)
    public ChainVerification verify() {
        try {
            return checks.start(TenantContext.require(), true).outcome().join().verification();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    private ChainCheckReport reportOf(ChainCheckRun run) {
        HistoryScope scope = HistoryScope.ofCaller(null);
        boolean done = run.outcome().isDone();
        boolean failed = done && run.outcome().isCompletedExceptionally();
        ChainVerifier.Outcome outcome = done && !failed ? run.outcome().join() : null;
        if (scope.staff()) {
            return new ChainCheckReport(!done, failed, new ChainCheckReport.TenantChain(run.full(), run.startedAfter(),
                    run.hashedSoFar(), run.toHash(), outcome == null ? null : outcome.verification()), null);
        }
        return new ChainCheckReport(!done, failed, null, outcome == null ? null : accountPart(scope, outcome));
    }

    private ChainCheckReport.AccountHistory accountPart(HistoryScope scope, ChainVerifier.Outcome outcome) {
        long confirmed = accountRevisions.upTo(scope, outcome.confirmedRevision()).size();
        ChainVerification chain = outcome.verification();
        if (chain.intact()) {
            return new ChainCheckReport.AccountHistory(confirmed, null, null, false);
        }
        Long broken = chain.brokenAtRevision();
        if (broken != null && chain.problem() != ChainVerification.Problem.REWRITTEN) {
            Set<Long> upToBreak = accountRevisions.upTo(scope, broken);
            if (upToBreak.contains(broken)) {
                return new ChainCheckReport.AccountHistory(confirmed, broken, chain.problem(), false);
            }
        }
        return new ChainCheckReport.AccountHistory(confirmed, null, null, true);
    }
}
