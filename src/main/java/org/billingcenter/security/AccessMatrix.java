package org.billingcenter.security;

import static org.billingcenter.shared.identity.Role.ADMINISTRATOR;
import static org.billingcenter.shared.identity.Role.AUDITOR;
import static org.billingcenter.shared.identity.Role.FINANCE;
import static org.billingcenter.shared.identity.Role.MEMBER;
import static org.billingcenter.shared.identity.Role.OPERATOR;
import static org.billingcenter.shared.identity.Role.OWNER;

import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.billingcenter.shared.identity.Role;

/**
 * What each role may reach: one table for every route and every public service method. The
 * routes' and services' own annotations are what the application enforces; a test walks them
 * all, role by role, and fails on any difference from this table, so the table is the design
 * and the annotations cannot drift from it (deny by default: an entry missing here fails too).
 *
 * <ul>
 * <li>Owner and Administrator: everything of their account (only the Owner makes Administrators).</li>
 * <li>Finance: wallet, bills and invoices; no team management.</li>
 * <li>Member: workspaces and usage; no money.</li>
 * <li>Auditor: reads everything of the account, and its change history; changes nothing.</li>
 * <li>Operator (the tenant's staff): the console, across the tenant's accounts.</li>
 * </ul>
 */
public final class AccessMatrix {

    /** Who may: a set of roles, and whether a visitor who is not signed in may too. */
    public record Access(Set<Role> roles, boolean visitors) {
    }

    /** Prefix of a route's entry, followed by its path template. */
    public static final String ROUTE = "route:";

    static final Access ANYONE = new Access(EnumSet.allOf(Role.class), true);
    static final Access SIGNED_IN = new Access(EnumSet.allOf(Role.class), false);
    static final Access ACCOUNT_READERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, AUDITOR), false);
    static final Access ACCOUNT_MANAGERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR), false);
    static final Access OWNER_ONLY = new Access(EnumSet.of(OWNER), false);
    static final Access TEAM_READERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, AUDITOR), false);
    static final Access MONEY_READERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, AUDITOR), false);
    static final Access MONEY_MOVERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE), false);
    static final Access HISTORY_READERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, AUDITOR, OPERATOR), false);
    static final Access CONSOLE = new Access(EnumSet.of(OPERATOR), false);
    /** Everyone of a customer account, whatever the role: support and notifications are not money. */
    static final Access MEMBERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, MEMBER, AUDITOR), false);
    static final Access TICKET_WRITERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, MEMBER), false);

    private static final Map<String, Access> ROUTES = new LinkedHashMap<>();
    private static final Map<String, Access> SERVICES = new LinkedHashMap<>();

    static {
        route("", SIGNED_IN);
        route("login", ANYONE);
        route("signup", ANYONE);
        route("invitation/:token", ANYONE);
        route("profile", SIGNED_IN);
        route("team", TEAM_READERS);
        route("wallet", MONEY_READERS);
        route("operator/wallet", CONSOLE);
        route("history", HISTORY_READERS);
        route("pay/simulated/:reference", SIGNED_IN);
        route("support", MEMBERS);
        route("support/ticket", MEMBERS);
        route("notifications", MEMBERS);
        route("operator", CONSOLE);
        route("operator/ticket", CONSOLE);
        route("operator/outbox", CONSOLE);

        // Configuration every page needs, before and after sign-in; it holds no customer data.
        service("TenantRegistry", ANYONE, "all", "find", "get", "forHost", "current", "currentBranding");

        service("AccountService", ANYONE, "signUp", "findSignIn");
        service("AccountService", SIGNED_IN, "reloadSignedIn", "myAccount", "changePassword", "preferLocale");
        service("AccountService", ACCOUNT_READERS, "myProfile");
        service("AccountService", ACCOUNT_MANAGERS, "updateProfile", "addMember");
        service("AccountService", TEAM_READERS, "profileHistory");
        service("AccountService", CONSOLE, "findAccountByMemberEmail", "registerOperator", "allowSignIn");

        service("TeamService", TEAM_READERS, "members");
        service("TeamService", ACCOUNT_MANAGERS, "changeRoles", "remove");
        service("TeamService", OWNER_ONLY, "transferOwnership");
        service("TeamService", SIGNED_IN, "leave");
        service("InvitationService", ACCOUNT_MANAGERS, "invite", "resend", "revoke");
        service("InvitationService", TEAM_READERS, "pending");
        // The link in the e-mail is the credential.
        service("InvitationService", ANYONE, "offer", "accept");

        service("Outbox", SIGNED_IN, "send");
        service("Outbox", CONSOLE, "recent", "viewable");
        service("Notifications", MEMBERS, "mine", "unreadCount", "markRead", "markAllRead");
        // Features notify an account of what happened to it, whoever's action caused it.
        service("Notifications", SIGNED_IN, "notify");

        service("TicketService", SIGNED_IN, "ticketTypes");
        service("TicketService", MEMBERS, "myTickets", "myTicket", "attachment");
        service("TicketService", TICKET_WRITERS, "open", "reply", "close", "rate");
        service("TicketDeskService", CONSOLE, "queue", "counts", "ticket", "attachment", "history", "assignToMe", "release",
                "reply", "addInternalNote", "changeStatus");
        service("OperatorQueues", CONSOLE, "overview");

        service("AuditService", HISTORY_READERS, "historyOf", "changes", "stateAsOf", "historyTypes");
        service("AuditChainService", HISTORY_READERS, "verify");

        service("WalletService", MONEY_READERS, "overview", "monthToDateSpend", "movements", "lots", "balanceHistory");
        service("WalletService", CONSOLE, "grantCredit");
        service("RechargeService", MONEY_MOVERS, "startOnlineRecharge", "recordRemittance");
        service("RechargeService", MONEY_READERS, "myRecharges");
        service("RechargeService", CONSOLE, "confirmRemittance", "rejectRemittance", "remittancesAwaitingDecision");
        // The payment provider's callback carries its own signature, checked inside.
        service("RechargeService", ANYONE, "onPaymentCallback");
        service("VoucherService", CONSOLE, "issue", "createCodes");
        service("VoucherService", MONEY_MOVERS, "redeem");
        service("StoredValueCardService", MONEY_MOVERS, "rewardFor", "buy");
        service("DeductionService", CONSOLE, "charge");
        service("LotExpiryService", CONSOLE, "writeOffLapsedLots");
        service("LedgerCheckService", CONSOLE, "check");
    }

    private AccessMatrix() {
    }

    private static void route(String path, Access access) {
        ROUTES.put(ROUTE + path, access);
    }

    private static void service(String type, Access access, String... methods) {
        for (String method : methods) {
            SERVICES.put(type + "." + method, access);
        }
    }

    /** The access for a route ({@code route:path}) or a service method ({@code Type.method}); null if unknown. */
    public static Access of(String entry) {
        return entry.startsWith(ROUTE) ? ROUTES.get(entry) : SERVICES.get(entry);
    }

    public static Set<String> routeEntries() {
        return Collections.unmodifiableSet(new TreeSet<>(ROUTES.keySet()));
    }

    public static Set<String> serviceEntries() {
        return Collections.unmodifiableSet(new TreeSet<>(SERVICES.keySet()));
    }
}
