package org.billingcenter.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.account.AccountService;
import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.billing.BillingRunService;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.invoice.InvoiceProfileDetails;
import org.billingcenter.invoice.InvoiceService;
import org.billingcenter.invoice.InvoiceType;
import org.billingcenter.invoice.InvoiceableDocument;
import org.billingcenter.invoice.MailingAddressDetails;
import org.billingcenter.verification.EnterpriseIdentity;
import org.billingcenter.verification.InternationalIdentity;
import org.billingcenter.verification.VerificationKind;
import org.billingcenter.tenant.TenantDefinition.IdentityVerificationKind;
import org.billingcenter.tenant.TenantDefinition.TaxInvoiceKind;
import org.billingcenter.verification.LicenceFile;
import org.billingcenter.verification.VerificationReviewService;
import org.billingcenter.verification.VerificationService;
import org.billingcenter.account.NewMember;
import org.billingcenter.account.SignUp;
import org.billingcenter.enterprise.PortfolioGenerator;
import org.billingcenter.shared.cluster.ExclusiveRun;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.NewTicket;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.ticket.TicketService;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.StoredValueCardService;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.wallet.WalletService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

@Component
@Conditional(DemoDataAllowed.class)
class DemoData {

    /** Shared by every demo user and printed in the README: never written on a production database unless it is a demo deployment. */
    static final String PASSWORD = "demo-password";
    static final String OWNER = "owner@demo.example";
    /** Besides the 5000 welcome credit, the demo owner holds a voucher worth this much. */
    static final BigDecimal VOUCHER = new BigDecimal("200");
    /** Where the tenant offers cloud settlement and vouchers, one more voucher pays last month's cloud-settled usage first. */
    static final BigDecimal CLOUD_VOUCHER = new BigDecimal("100");
    /** The demo owner's money: a welcome credit, and a bank transfer an operator confirmed. */
    static final BigDecimal WELCOME_CREDIT = new BigDecimal("4000");
    static final BigDecimal REMITTED = new BigDecimal("1000");
    static final BigDecimal LATER_REMITTANCE = new BigDecimal("500");
    /** Sites in the demo enterprise portfolio (admin@demo.example sees the enterprise billing centre). */
    static final int PORTFOLIO_SITES = 320;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** The demo company abroad: an EIN of the right shape and where its invoices are billed. */
    private static final String DEMO_EIN = "12-3456789";
    private static final String DEMO_BILLING_ADDRESS = "1 Market Street, San Francisco, CA 94105";

    private final TenantRegistry tenants;
    private final AccountService accounts;
    private final EmailConfirmationService confirmations;
    private final WalletService wallet;
    private final DeductionService deduction;
    private final VoucherService vouchers;
    private final StoredValueCardService cards;
    private final RechargeService recharges;
    private final TicketService tickets;
    private final TicketDeskService desk;
    private final PortfolioGenerator portfolios;
    private final Clock clock;
    private final WorkspaceService workspaces;
    private final UsageIngestionService usage;
    private final BillingRunService billingRuns;
    private final VerificationService verification;
    private final VerificationReviewService review;
    private final InvoiceService invoices;
    private final CloudAccountService cloudAccounts;
    private final SettlementChoiceService settlements;
    private final ExclusiveRun exclusive;

    DemoData(TenantRegistry tenants, AccountService accounts, EmailConfirmationService confirmations, WalletService wallet, DeductionService deduction,
            VoucherService vouchers, StoredValueCardService cards, TicketService tickets, TicketDeskService desk, Clock clock,
            WorkspaceService workspaces, UsageIngestionService usage, BillingRunService billingRuns, PortfolioGenerator portfolios,
            VerificationService verification, VerificationReviewService review, InvoiceService invoices,
            CloudAccountService cloudAccounts, SettlementChoiceService settlements, RechargeService recharges,
            ExclusiveRun exclusive) {
        this.recharges = recharges;
        this.exclusive = exclusive;
        this.workspaces = workspaces;
        this.cloudAccounts = cloudAccounts;
        this.settlements = settlements;
        this.usage = usage;
        this.billingRuns = billingRuns;
        this.verification = verification;
        this.review = review;
        this.invoices = invoices;
        this.tenants = tenants;
        this.accounts = accounts;
        this.confirmations = confirmations;
        this.wallet = wallet;
        this.deduction = deduction;
        this.vouchers = vouchers;
        this.cards = cards;
        this.tickets = tickets;
        this.desk = desk;
        this.portfolios = portfolios;
        this.clock = clock;
    }

    /**
     * Runs on the start-up thread, before Spring declares the application ready: the readiness probe
     * and the "starting" page (shell's StartingUpFilter) hold people off until the demo people exist.
     * Made asynchronous, it would let a newcomer sign in against an empty portal. Nodes started
     * together seed one after the other: the second finds the demo people there.
     */
    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        exclusive.whenFree("demo-data", java.time.Duration.ofMinutes(10), () -> {
            seedEveryTenant();
            return true;
        });
    }

    private void seedEveryTenant() {
        for (TenantDefinition tenant : tenants.all()) {
            TenantContext.runAs(tenant.id(), () -> {
                if (accounts.findSignIn(OWNER).isEmpty()) {
                    seed(tenant);
                    log.info("Demo data written for tenant {}: sign in as {} / {}", tenant.id(), OWNER, PASSWORD);
                }
            });
        }
    }

    private void seed(TenantDefinition tenant) {
        boolean chinese = tenant.defaultLocale().getLanguage().equals("zh");
        accounts.signUp(new SignUp(OWNER, PASSWORD, chinese ? "王丽" : "Dana Owner",
                tenant.accountKinds().getFirst(), chinese ? "示例数据科技有限公司" : "Acme Analytics Inc."));
        AccountSummary account = SystemIdentity.callAsOperator(tenant.id(), () -> {
            confirmations.confirmByStaff(OWNER, "Demo data");
            return accounts.findAccountByMemberEmail(OWNER).orElseThrow();
        });
        SignedInUserPrincipal owner = accounts.findSignIn(OWNER).orElseThrow();
        SystemIdentity.runAs(owner.user(), () -> {
            accounts.addMember(new NewMember("admin@demo.example", PASSWORD, chinese ? "李强" : "Alex Admin", Role.ADMINISTRATOR));
            accounts.addMember(new NewMember("finance@demo.example", PASSWORD, chinese ? "张敏" : "Fran Finance", Role.FINANCE));
            accounts.addMember(new NewMember("member@demo.example", PASSWORD, chinese ? "刘洋" : "Morgan Member", Role.MEMBER));
            accounts.addMember(new NewMember("auditor@demo.example", PASSWORD, chinese ? "陈静" : "Avery Auditor", Role.AUDITOR));
        });
        SystemIdentity.runAsOperator(tenant.id(), () -> {
            accounts.registerOperator(new NewMember("operator@demo.example", PASSWORD, chinese ? "运营小赵" : "Olive Operator", Role.OPERATOR));
            LocalDate today = LocalDate.now(clock.withZone(tenant.timeZone()));
            wallet.grantCredit(account.id(), Money.of(WELCOME_CREDIT, tenant.currency()), chinese ? "演示欢迎赠金" : "Demo welcome credit",
                    today.minusMonths(1).withDayOfMonth(1), "demo-welcome-credit");
            if (tenant.offers(Feature.VOUCHERS)) {
                vouchers.issue(account.id(), Money.of(VOUCHER, tenant.currency()), 90, chinese ? "演示欢迎代金券" : "Demo welcome voucher",
                        "demo-voucher");
            }
        });
        // Stored-value cards belong to pay-as-you-go accounts; contract customers are invoiced instead.
        // The rest of the demo money came in by bank transfer: a card bought with it is invoiceable, goodwill would not be.
        remitted(tenant, owner, REMITTED, "demo-remittance", chinese);
        if (tenant.offers(Feature.STORED_VALUE_CARDS)) {
            SystemIdentity.runAs(owner.user(), () -> cards.buy(Money.of(new BigDecimal("1000"), tenant.currency()), "demo-card"));
        }
        SystemIdentity.runAsOperator(tenant.id(), () -> chargeThisMonth(tenant, account.id()));
        // A later transfer, not spent yet: what the owner buys with it next is invoiceable too.
        remitted(tenant, owner, LATER_REMITTANCE, "demo-remittance-2", chinese);
        // Contract customers: two contracts, a few hundred sites over two years, and their invoices.
        if (account.kind() == TenantDefinition.AccountKind.ENTERPRISE && tenant.offers(Feature.ENTERPRISE_CONTRACTS)) {
            SystemIdentity.runAsOperator(tenant.id(), () -> portfolios.generate(account.id(), PORTFOLIO_SITES, tenant.id().hashCode(), true));
        }
        seedSupport(tenant, owner, chinese);
        if (tenant.offers(Feature.PAY_AS_YOU_GO) && tenant.offers(Feature.WORKSPACES)) {
            seedUsage(tenant, owner, chinese);
        }
        if (tenant.offers(Feature.IDENTITY_VERIFICATION) && tenant.offers(Feature.TAX_INVOICES)) {
            seedSelfService(tenant, owner, chinese);
        }
    }

    /** Two workspaces with last month's usage, rated, charged and billed: a bill to open on the first start. */
    private List<WorkspaceSummary> seedUsage(TenantDefinition tenant, SignedInUserPrincipal owner, boolean chinese) {
        List<TenantDefinition.Site> sites = tenant.sites();
        List<WorkspaceSummary> bound = SystemIdentity.callAs(owner.user(), () -> List.of(
                workspaces.bind(new NewWorkspace(chinese ? "生产环境" : "production", sites.getFirst().id(), 30)),
                workspaces.bind(new NewWorkspace(chinese ? "测试环境" : "staging", sites.get(Math.min(1, sites.size() - 1)).id(), null))));
        YearMonth last = YearMonth.now(clock.withZone(tenant.timeZone())).minusMonths(1);
        Random random = new Random(tenant.id().hashCode() + 7);
        List<UsageRecord> records = new ArrayList<>();
        for (LocalDate day = last.atDay(1); !day.isAfter(last.atEndOfMonth()); day = day.plusDays(1)) {
            for (int hour = 0; hour < 24; hour += 3) {
                Instant at = day.atTime(hour, 0).atZone(tenant.timeZone()).toInstant();
                for (WorkspaceSummary workspace : bound) {
                    int scale = workspace == bound.getFirst() ? 2 : 1;
                    for (String item : List.of("LOGS", "TRACES", "TIME_SERIES", "HOSTS", "SMS")) {
                        long quantity = switch (item) {
                            case "LOGS", "TRACES" -> scale * (200_000L + random.nextInt(300_000));
                            case "TIME_SERIES" -> scale * (5_000L + random.nextInt(4_000));
                            case "HOSTS" -> scale * (1L + random.nextInt(3));
                            default -> random.nextInt(5);
                        };
                        records.add(new UsageRecord("demo-" + workspace.id() + "-" + item + "-" + at, workspace.id(), item, at,
                                BigDecimal.valueOf(quantity)));
                    }
                }
            }
        }
        if (tenant.offers(Feature.CLOUD_SETTLEMENT)) {
            seedCloudSettlement(tenant, owner, bound, last.atDay(1));
        }
        SystemIdentity.runAsOperator(tenant.id(), () -> {
            usage.ingest(records.stream().filter(r -> tenant.priceList().stream().anyMatch(i -> i.code().equals(r.itemCode()))).toList());
            billingRuns.runMonth(last).join();
        });
        return bound;
    }

    /**
     * A cloud marketplace account of the tenant's first provider, and the staging workspace settled
     * through it since the start of last month (dated by staff, as a migrated customer's history
     * would be): the settlement screens and last month's cloud bill have something to show, paid
     * by the welcome voucher first. Skipped where the tenant offers no cloud provider.
     */
    private void seedCloudSettlement(TenantDefinition tenant, SignedInUserPrincipal owner, List<WorkspaceSummary> workspaces,
            LocalDate from) {
        SystemIdentity.runAs(owner.user(), () -> cloudAccounts.providers().stream().findFirst().ifPresent(provider -> {
            CloudAccountDetails cloud = cloudAccounts.bind(provider, "demo-" + provider.name().toLowerCase(Locale.ROOT) + "-0001",
                    "demo-subscription-" + owner.user().tenantId());
            // A cloud account settles nothing until the tenant's staff confirm it, as for any customer.
            SystemIdentity.runAsOperator(owner.user().tenantId(),
                    () -> cloudAccounts.confirm(cloud.id(), "Demo data: the subscription is the demo account's own"));
            workspaces.reversed().stream().filter(workspace -> settlements.options(workspace.id()).stream()
                    .anyMatch(option -> Long.valueOf(cloud.id()).equals(option.cloudAccountId()))).findFirst()
                    .ifPresent(workspace -> SystemIdentity.runAsOperator(owner.user().tenantId(), () -> {
                        this.workspaces.changeSettlement(workspace.id(), Settlement.cloudAccount(cloud.id(), provider.name()), from);
                        // This month's demo charges used up the welcome voucher: one more, so last month's cloud usage shows a voucher paying first.
                        if (tenant.offers(Feature.VOUCHERS)) {
                            vouchers.issue(owner.user().accountId(), Money.of(CLOUD_VOUCHER, tenant.currency()), 90,
                                    "Demo voucher", "demo-cloud-voucher");
                        }
                    }));
        }));
    }

    /** A verified enterprise with an invoice profile and address, and its card purchase waiting on the invoice desk. */
    private void seedSelfService(TenantDefinition tenant, SignedInUserPrincipal owner, boolean chinese) {
        String name = chinese ? "示例数据科技有限公司" : "Acme Analytics Inc.";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        boolean international = tenant.identityVerification() == IdentityVerificationKind.INTERNATIONAL;
        if (international) {
            SystemIdentity.runAs(owner.user(), () -> verification.submitInternational(new InternationalIdentity(VerificationKind.ENTERPRISE,
                    name, DEMO_EIN, "US", DEMO_BILLING_ADDRESS)));
        } else {
            SystemIdentity.runAs(owner.user(), () -> verification.submitEnterprise(new EnterpriseIdentity(name, "91350100M000100Y43"),
                    new LicenceFile("licence.png", "image/png", png)));
        }
        SignedInUserPrincipal operator = accounts.findSignIn("operator@demo.example").orElseThrow();
        SystemIdentity.runAs(operator.user(), () -> review.pending(org.springframework.data.domain.Pageable.ofSize(10))
                .forEach(pending -> review.approve(pending.id())));
        SystemIdentity.runAs(owner.user(), () -> {
            long profile = invoices.saveProfile(tenant.taxInvoices() == TaxInvoiceKind.INTERNATIONAL
                    ? InvoiceProfileDetails.international(null, name, DEMO_EIN, DEMO_BILLING_ADDRESS, "US")
                    : new InvoiceProfileDetails(null, InvoiceType.VAT_ORDINARY, "91350100M000100Y43", null, null, null, null)).id();
            long address = invoices.saveAddress(new MailingAddressDetails(null, chinese ? "张敏" : "Fran Finance", "+1 555 0100",
                    "finance@demo.example", chinese ? "杭州市西湖区文三路 1 号" : "1 Market Street, San Francisco")).id();
            List<String> cardPurchases = invoices.invoiceable().stream().map(InvoiceableDocument::reference).toList();
            if (!cardPurchases.isEmpty()) {
                invoices.request(cardPurchases, profile, address);
            }
        });
    }

    /** A bank transfer the owner declared and an operator confirmed. */
    private void remitted(TenantDefinition tenant, SignedInUserPrincipal owner, BigDecimal amount, String key, boolean chinese) {
        long order = SystemIdentity.callAs(owner.user(), () -> recharges.recordRemittance(amount,
                chinese ? "示例数据科技有限公司" : "Acme Analytics Inc.", null, key));
        SystemIdentity.runAsOperator(tenant.id(), () -> recharges.confirmRemittance(order, "Demo transfer on the statement"));
    }

    /** One answered ticket (so the owner has a notification) and one that waits in the operator's queue. */
    private void seedSupport(TenantDefinition tenant, SignedInUserPrincipal owner, boolean chinese) {
        String type = tenant.ticketTypes().getFirst();
        long answered = SystemIdentity.callAs(owner.user(), () -> tickets.open(new NewTicket(type,
                chinese ? "上月账单中的日志费用" : "Log charges on last month's bill",
                chinese ? "上月日志费用比平时高，请帮忙确认。" : "Logs cost more than usual last month. Could you check why?", List.of())));
        SignedInUserPrincipal operator = accounts.findSignIn("operator@demo.example").orElseThrow();
        SystemIdentity.runAs(operator.user(), () -> desk.reply(answered, chinese
                ? "上月 12 日起日志量翻倍，费用按价目表计算无误。可以调低保留期来降低费用。"
                : "Log volume doubled from the 12th; the charges follow the price list. A shorter retention lowers the cost.",
                null, List.of()));
        SystemIdentity.runAs(owner.user(), () -> tickets.open(new NewTicket(type,
                chinese ? "如何添加财务人员" : "How do I add a finance colleague?",
                chinese ? "希望财务同事也能查看账单。" : "Our accountant should see the bills too.", List.of())));
    }

    /** A plausible month so far: a daily charge that drifts up and down. */
    private void chargeThisMonth(TenantDefinition tenant, long accountId) {
        Random random = new Random(tenant.id().hashCode());
        LocalDate today = LocalDate.now(clock.withZone(tenant.timeZone()));
        for (LocalDate day = today.withDayOfMonth(1); day.isBefore(today); day = day.plusDays(1)) {
            BigDecimal amount = BigDecimal.valueOf(40 + random.nextInt(80) + random.nextDouble())
                    .setScale(tenant.currency().getDefaultFractionDigits(), RoundingMode.HALF_UP);
            deduction.charge(new Charge(accountId, Money.of(amount, tenant.currency()), "LOGS", Message.of("journal.usage", "LOGS", day).stored(), day,
                    "demo-usage-" + day));
        }
    }
}
