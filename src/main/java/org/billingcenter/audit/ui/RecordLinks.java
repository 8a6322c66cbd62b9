package org.billingcenter.audit.ui;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import org.billingcenter.audit.ChangeEntry;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;

/**
 * Where a changed record can be seen: the screen of its own (a ticket, a bill, an invoice) or the
 * list that shows it (workspaces, the wallet), for an account's people and for the tenant's staff.
 * A link is offered only if the route exists for this tenant and the reader may open it.
 */
final class RecordLinks {

    private record Target(Function<ChangeEntry, String> customer, Function<ChangeEntry, String> staff) {
    }

    private static final Map<String, Target> TARGETS = Map.ofEntries(
            Map.entry("Bill", new Target(e -> "bill/" + e.entityId(), e -> "operator/bills")),
            Map.entry("SupportTicket", new Target(e -> "support/ticket/" + e.entityId(), e -> "operator/ticket/" + e.entityId())),
            Map.entry("TicketEntry", new Target(e -> null, e -> withId("operator/ticket/", e.state().get("ticketId")))),
            Map.entry("ContractInvoice", new Target(e -> "enterprise/invoice/" + e.entityId(),
                    e -> withId("operator/contracts/invoices/", e.state().get("contractId")))),
            Map.entry("InvoicePayment", new Target(e -> null, e -> "operator/contracts")),
            Map.entry("Contract", new Target(e -> "enterprise/portfolio", e -> "operator/contracts/sites/" + e.entityId())),
            Map.entry("PlanAllotment", new Target(e -> null, e -> withId("operator/contracts/sites/", e.state().get("contractId")))),
            Map.entry("Site", new Target(e -> "enterprise/portfolio", e -> withId("operator/contracts/sites/", e.state().get("contractId")))),
            Map.entry("Workspace", new Target(e -> "workspaces", e -> null)),
            Map.entry("WorkspaceSettlement", new Target(e -> "workspaces", e -> null)),
            Map.entry("FundingLot", new Target(e -> "wallet", e -> "operator/wallet")),
            Map.entry("JournalPosting", new Target(e -> "wallet", e -> "operator/wallet")),
            Map.entry("RechargeOrder", new Target(e -> "BANK_REMITTANCE".equals(e.state().get("method"))
                    ? "wallet/remittance/" + e.entityId() : "wallet", e -> "operator/wallet")),
            Map.entry("VoucherCode", new Target(e -> "wallet", e -> "operator/wallet")),
            Map.entry("Account", new Target(e -> "profile", e -> "operator")),
            Map.entry("Membership", new Target(e -> "team", e -> null)),
            Map.entry("Invitation", new Target(e -> "team", e -> null)),
            Map.entry("CloudAccount", new Target(e -> "cloud-accounts", e -> null)),
            Map.entry("InvoiceProfile", new Target(e -> "invoices", e -> "operator/invoices")),
            Map.entry("MailingAddress", new Target(e -> "invoices", e -> "operator/invoices")),
            Map.entry("InvoiceRequest", new Target(e -> "invoices", e -> "operator/invoices")),
            Map.entry("InvoiceRequestLine", new Target(e -> "invoices", e -> "operator/invoices")),
            Map.entry("RealNameVerification", new Target(e -> "verification", e -> "operator/verifications")));

    private RecordLinks() {
    }

    /** The path of the screen showing the changed record, if there is one this reader may open. */
    static Optional<String> of(ChangeEntry entry, boolean staff) {
        Target target = TARGETS.get(entry.entityType());
        if (target == null) {
            return Optional.empty();
        }
        String path = (staff ? target.staff() : target.customer()).apply(entry);
        return Optional.ofNullable(path).filter(RecordLinks::opens);
    }

    private static String withId(String route, String id) {
        return id == null || !id.matches("\\d+") ? null : route + id;
    }

    /** The route exists (for this tenant) and its access annotations admit the signed-in reader's roles. */
    private static boolean opens(String path) {
        SignedInUser me = CurrentUser.require();
        return RouteConfiguration.forSessionScope().getRoute(path)
                .map(view -> new AccessAnnotationChecker().hasAccess(view, me::email, RecordLinks.roleOf(me)))
                .orElse(false);
    }

    private static java.util.function.Function<String, Boolean> roleOf(SignedInUser me) {
        return name -> java.util.Arrays.stream(Role.values()).anyMatch(role -> role.name().equals(name) && me.has(role));
    }
}
