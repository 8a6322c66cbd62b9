package org.billingcenter.operator;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.TenantFeatures;
import org.billingcenter.tenant.Feature;
import org.billingcenter.invoice.InvoiceDeskService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.ticket.QueueCounts;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.verification.VerificationReviewService;
import org.billingcenter.wallet.RechargeService;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

/**
 * Counts the console's queues by asking the features that own them; only queues whose feature
 * exists are counted. Each service answers for the operator's own tenant only.
 */
@Service
public class OperatorQueues {

    private final TicketDeskService desk;
    private final RechargeService recharges;
    private final VerificationReviewService verifications;
    private final InvoiceDeskService invoices;

    private final TenantFeatures features;

    OperatorQueues(TicketDeskService desk, RechargeService recharges, VerificationReviewService verifications,
            InvoiceDeskService invoices, TenantFeatures features) {
        this.features = features;
        this.desk = desk;
        this.recharges = recharges;
        this.verifications = verifications;
        this.invoices = invoices;
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public QueueOverview overview() {
        QueueCounts tickets = desk.counts();
        long remittances = recharges.remittancesAwaitingDecision(PageRequest.of(0, 1)).getTotalElements();
        return new QueueOverview(tickets.awaitingStaff(), tickets.unassigned(), tickets.mine(), tickets.waitingForCustomer(),
                remittances, features.enabled(Feature.IDENTITY_VERIFICATION) ? verifications.pendingCount() : 0,
                features.enabled(Feature.TAX_INVOICES) ? invoices.awaitingIssue() : 0);
    }
}
