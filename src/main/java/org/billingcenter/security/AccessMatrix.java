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
 * <li>Enterprise billing centre (contracts, invoices, Site Portfolio Report, chargebacks, spend):
 *     the Administrator role only, as the vendor's enterprise portal has it: not the Owner (who grants
 *     the role to the people who do the billing), nor Finance, Member or Auditor. The services also refuse
 *     accounts that are not ENTERPRISE accounts of a tenant that sells contracts. The tenant's staff
 *     record contracts, feed site traffic, issue due invoices and generate portfolios.</li>
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
    /** Money readers, and the tenant's staff for any account of the tenant. */
    static final Access MONEY_READERS_AND_CONSOLE = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, AUDITOR, OPERATOR), false);
    static final Access MEMBERS_AND_CONSOLE = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, MEMBER, AUDITOR, OPERATOR), false);
    static final Access ENTERPRISE_ADMINS = new Access(EnumSet.of(ADMINISTRATOR), false);
    static final Access TICKET_WRITERS = new Access(EnumSet.of(OWNER, ADMINISTRATOR, FINANCE, MEMBER), false);

    private static final Map<String, Access> ROUTES = new LinkedHashMap<>();
    private static final Map<String, Access> SERVICES = new LinkedHashMap<>();

    static {
        route("", SIGNED_IN);
        route("login", ANYONE);
        route("signup", ANYONE);
        route("invitation/:token", ANYONE);
        route("confirm-email/:token", ANYONE);
        route("forgot-password", ANYONE);
        route("reset-password/:token", ANYONE);
        route("profile", SIGNED_IN);
        route("team", TEAM_READERS);
        route("wallet", MONEY_READERS);
        route("operator/wallet", CONSOLE);
        route("wallet/remittance", MONEY_READERS);
        route("history", HISTORY_READERS);
        route("pay/simulated/:reference", SIGNED_IN);
        route("pay/wechatpay/:reference", MONEY_MOVERS);
        route("support", MEMBERS);
        route("support/ticket", MEMBERS);
        route("notifications", MEMBERS);
        route("operator", CONSOLE);
        route("operator/ticket", CONSOLE);
        route("operator/outbox", CONSOLE);
        route("workspaces", MEMBERS);
        route("bills", MONEY_READERS);
        route("balance-alert", MONEY_READERS);
        route("bill", MONEY_READERS);
        route("consumption", MONEY_READERS);
        route("cloud-bill", MONEY_READERS);
        route("operator/billing", CONSOLE);
        route("operator/bills", CONSOLE);
        route("operator/usage", CONSOLE);
        route("operator/contracts", CONSOLE);
        route("operator/contracts/sites", CONSOLE);
        route("operator/contracts/invoices", CONSOLE);
        route("enterprise/invoices", ENTERPRISE_ADMINS);
        route("enterprise/invoice", ENTERPRISE_ADMINS);
        route("enterprise/portfolio", ENTERPRISE_ADMINS);
        route("enterprise/chargebacks", ENTERPRISE_ADMINS);
        route("enterprise/spend", ENTERPRISE_ADMINS);
        route("enterprise/contracts", ENTERPRISE_ADMINS);
        route("enterprise/departments", ENTERPRISE_ADMINS);
        route("verification", ACCOUNT_READERS);
        route("invoices", MONEY_READERS);
        route("operator/verifications", CONSOLE);
        route("operator/invoices", CONSOLE);
        route("cloud-accounts", ACCOUNT_READERS);

        // Configuration every page needs, before and after sign-in; it holds no customer data.
        service("TenantRegistry", ANYONE, "all", "find", "get", "forHost", "current", "currentBranding", "currentLetterhead", "fileOf");
        service("TenantFeatures", ANYONE, "enabled", "require", "allows");

        service("AccountService", ANYONE, "signUp", "findSignIn");
        service("AccountService", SIGNED_IN, "reloadSignedIn", "myAccount", "changePassword", "preferLocale");
        service("AccountService", ACCOUNT_READERS, "myProfile");
        service("AccountService", ACCOUNT_MANAGERS, "updateProfile", "addMember");
        service("AccountService", TEAM_READERS, "profileHistory");
        service("AccountService", CONSOLE, "findAccountByMemberEmail", "findAccount", "registerOperator", "allowSignIn");

        // A person's own sign-in security, whatever their role.
        service("SignInSecurityService", SIGNED_IN, "recentSignIns", "startEmailChange", "pendingEmailChange", "confirmEmailChange",
                "signOutOtherSessions");
        service("PhoneChangeService", SIGNED_IN, "myPhone", "startPhoneChange", "pendingPhoneChange", "confirmPhoneChange");
        service("CloudAccountService", ACCOUNT_READERS, "providers", "mine");
        service("CloudAccountService", MEMBERS, "active", "notEnded");
        service("SettlementFreedomService", MEMBERS, "anyMethodAllowed");
        service("SettlementFreedomService", CONSOLE, "allowAnyMethod");
        service("CloudAccountService", ACCOUNT_MANAGERS, "bind", "close");
        service("CloudAccountService", CONSOLE, "expire", "awaitingReview", "confirm", "reject");
        service("CloudSubscriptionBuffer", CONSOLE, "running", "reportAbnormal", "recover", "runBuffers");
        service("TeamService", TEAM_READERS, "members");
        service("TeamService", ACCOUNT_MANAGERS, "changeRoles", "remove");
        service("TeamService", OWNER_ONLY, "transferOwnership");
        service("TeamService", SIGNED_IN, "leave");
        service("InvitationService", ACCOUNT_MANAGERS, "invite", "resend", "revoke");
        service("InvitationService", TEAM_READERS, "pending");
        // The link in the e-mail is the credential.
        service("InvitationService", ANYONE, "offer", "accept");
        service("EmailConfirmationService", ANYONE, "isUsable", "confirm");
        service("EmailConfirmationService", SIGNED_IN, "mustConfirmMyEmail", "resendMyLink", "requireConfirmedAccount");
        service("EmailConfirmationService", CONSOLE, "confirmByStaff");
        service("PasswordResetService", ANYONE, "requestReset", "isUsable", "reset");
        service("UnconfirmedAccounts", CONSOLE, "expire");

        service("Outbox", SIGNED_IN, "send", "sendText");
        service("Outbox", ANYONE, "sendToVisitor", "sendTextToVisitor");
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

        service("AuditService", HISTORY_READERS, "historyOf", "changes", "entries", "count", "stateAsOf", "shownState", "historyTypes");
        service("AuditChainService", HISTORY_READERS, "check", "lastCheck");
        service("AuditChainService", CONSOLE, "fullCheck", "verify");

        service("WalletService", MONEY_READERS, "overview", "monthToDateSpend", "movements", "lots", "balanceHistory");
        service("WalletService", CONSOLE, "grantCredit");
        service("RechargeService", MONEY_MOVERS, "startOnlineRecharge", "recordRemittance", "onlineProviders", "paymentToFinish");
        service("RechargeService", MONEY_READERS, "myRecharges");
        service("RemittanceInstructions", MONEY_READERS, "of");
        service("RechargeService", CONSOLE, "confirmRemittance", "rejectRemittance", "remittancesAwaitingDecision");
        // The payment provider's callback carries its own signature, checked inside.
        service("RechargeService", ANYONE, "onPaymentCallback");
        service("ProviderCheckout", MONEY_MOVERS, "providers", "open");
        service("VoucherService", CONSOLE, "issue", "createCodes");
        service("VoucherService", MONEY_MOVERS, "redeem");
        service("StoredValueCardService", MONEY_MOVERS, "rewardFor", "buy");
        service("VoucherPurchaseService", MONEY_MOVERS, "offers", "buy");
        service("DeductionService", CONSOLE, "charge", "chargeBatch", "chargeCloudSettledBatch");
        service("WalletService", CONSOLE, "cashBalances");
        service("AccountService", CONSOLE, "billingContact", "enterpriseAccounts", "memberEmails");

        // Workspaces and usage are not money: members see them too.
        service("WorkspaceService", MEMBERS, "myWorkspaces");
        service("WorkspaceService", ACCOUNT_MANAGERS, "bind", "rename", "unbind");
        service("WorkspaceService", MEMBERS_AND_CONSOLE, "settlementOn");
        service("SettlementChoiceService", ACCOUNT_MANAGERS, "options", "choose");
        service("SettlementChoiceService", MEMBERS, "chosen");
        service("WorkspaceService", CONSOLE, "changeSettlement", "settlementsOn", "find", "all", "lockAccount");
        // The REST endpoint checks the tenant's API key and then acts as the tenant's system operator.
        service("UsageIngestionService", CONSOLE, "ingest", "ingestCsv", "ingestJson", "dailyUsage", "closeDay");
        service("BillService", MONEY_READERS, "myBills", "myBill", "myConsumption", "eachConsumption", "monthToDate", "cloudBill",
                "cloudBillPayments");
        service("BillService", MONEY_READERS_AND_CONSOLE, "issuedBill");
        service("BalanceAlertService", MONEY_READERS, "myAlert");
        service("BalanceAlertService", MONEY_MOVERS, "setMyAlert");
        service("BillDesk", CONSOLE, "search", "adjust");
        service("BillingRunService", CONSOLE, "runDay", "runMonth", "recentRuns", "run");
        service("LotExpiryService", CONSOLE, "writeOffLapsedLots");
        service("LedgerCheckService", CONSOLE, "check");

        service("PortfolioService", ENTERPRISE_ADMINS, "contracts", "addSite", "changePlan", "deactivate", "freeze", "delete", "site");
        service("PortfolioService", CONSOLE, "openContract", "recordTraffic");
        service("PortfolioGenerator", CONSOLE, "generate");
        service("ContractInvoiceService", ENTERPRISE_ADMINS, "enterpriseAvailable", "invoices", "years", "invoice", "writePdf");
        service("ContractInvoiceService", CONSOLE, "issueDueInvoices");
        service("ContractDesk", CONSOLE, "contractAccounts", "contracts", "contract", "open", "amend", "end");
        service("SiteDesk", CONSOLE, "sites", "today", "add", "changePlan", "freeze", "deactivate", "delete", "preview", "importSites");
        service("TrafficIntake", CONSOLE, "recordJson", "recordCsv");
        service("InvoicePayments", CONSOLE, "invoices", "record");
        service("InvoiceOnlinePayments", ENTERPRISE_ADMINS, "providers", "payOnline");
        // The provider's word, already verified by its adapter; no one is signed in.
        service("InvoiceOnlinePayments", ANYONE, "referencePrefix", "settle");
        service("OverdueInvoices", CONSOLE, "markOverdue");
        service("SitePortfolioReportService", ENTERPRISE_ADMINS, "header", "overview", "page", "rows", "count", "owners", "sitesByPlan",
                "activeSitesOverTime", "sitesByPlanOverTime", "exportCsv");
        service("ChargebackService", ENTERPRISE_ADMINS, "allocate", "allocateYear", "departments");
        service("SpendService", ENTERPRISE_ADMINS, "spend");
        service("AccountContracts", ENTERPRISE_ADMINS, "contracts");
        service("DepartmentTags", ENTERPRISE_ADMINS, "sites", "count", "tag");
        service("ChargebackRules", ENTERPRISE_ADMINS, "rules", "save", "delete");
        service("VerificationService", ACCOUNT_READERS, "mine", "verifiedIdentity", "kindOffered");
        service("VerificationService", ACCOUNT_MANAGERS, "submitIndividual", "submitEnterprise", "submitInternational");
        service("VerificationReviewService", CONSOLE, "pending", "pendingCount", "licence", "approve", "reject");
        service("InvoiceService", MONEY_READERS, "profiles", "addresses", "invoiceable", "invoiceableNow", "myRequests", "requestDetails",
                "pdf", "kindOffered");
        service("InvoiceService", MONEY_MOVERS, "saveProfile", "deleteProfile", "saveAddress", "deleteAddress", "request");
        service("InvoiceDeskService", CONSOLE, "queue", "awaitingIssue", "issue", "mail", "reject", "pdf");
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
