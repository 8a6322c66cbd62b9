package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;
import jakarta.servlet.Filter;
import jakarta.persistence.metamodel.Attribute;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.SingularAttribute;

import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.InvitationService;
import org.billingcenter.account.SignInSecurityService;
import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.HistoryQuery;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.InvoiceOnlinePayments;
import org.billingcenter.enterprise.ChargebackRules;
import org.billingcenter.enterprise.SharedCostRule;
import org.billingcenter.enterprise.InvoicePayments;
import org.billingcenter.enterprise.NewContract;
import org.billingcenter.enterprise.NewInvoicePayment;
import org.billingcenter.enterprise.NewSite;
import org.billingcenter.enterprise.PaymentMethod;
import org.billingcenter.enterprise.PortfolioService;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.enterprise.SiteStatus;
import org.billingcenter.invoice.InvoiceDeskService;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.SelfService;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;
import org.billingcenter.ticket.NewAttachment;
import org.billingcenter.ticket.NewTicket;
import org.billingcenter.ticket.QueueFilter;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.ticket.TicketService;
import org.billingcenter.wallet.MovementFilter;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.SimulatedPaymentGateway;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.verification.EnterpriseIdentity;
import org.billingcenter.verification.IndividualIdentity;
import org.billingcenter.verification.LicenceFile;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.WorkspaceService;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The cross-tenant matrix: every tenant-owned entity type × find / list / update / delete /
 * history, with tenant A (lumen-intl) using the ids of tenant B's rows → 0 rows, 0 changes.
 * Tenant B is lumen-cn, and harbor-hosting for what only enterprise accounts hold (contracts,
 * allotments, sites, contract invoices), as lumen-cn sells no contracts; both differ from A.
 * Entity types are taken from the JPA metamodel, so a new entity joins the matrix by itself;
 * {@link #theFixtureHasRowsOfEveryEntityType()} fails until {@link #fillTenantB()} creates a row
 * of it. Exports and route parameters go through the services the views call, with B's ids —
 * below the metamodel cases.
 */
class TenantIsolationMatrixTest extends SelfService {

    /** The tenants whose rows tenant A must not reach. */
    static final List<String> TENANTS_B = List.of(CN, HOSTING);

    @Autowired EntityManager entityManager;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired AuditService audit;
    @Autowired WalletService wallet;
    @Autowired VoucherService vouchers;
    @Autowired RechargeService recharges;
    @Autowired InvitationService invitations;
    @Autowired TicketService tickets;
    @Autowired TicketDeskService desk;
    @Autowired Notifications notifications;
    @Autowired SimulatedPaymentGateway gateway;
    @Autowired CloudAccountService clouds;
    @Autowired SignInSecurityService signInSecurity;
    @Autowired WorkspaceService workspaces;
    @Autowired SettlementChoiceService settlements;
    @Autowired InvoiceDeskService invoiceDesk;
    @Autowired PortfolioService portfolio;
    @Autowired ContractInvoiceService contractInvoices;
    @Autowired InvoicePayments invoicePayments;
    @Autowired InvoiceOnlinePayments invoiceOnlinePayments;
    @Autowired ChargebackRules chargebackRules;
    @Autowired WebApplicationContext web;
    @Autowired @Qualifier("tenantRequestFilter") Filter tenantFilter;

    SignedInUser ownerA;
    SignedInUser ownerB;
    long accountB;
    long ticketB;
    long rechargeB;
    long cloudB;
    long workspaceB;
    long verificationB;
    long invoiceRequestB;
    SignedInUser enterpriseAdminB;
    long enterpriseAccountB;
    long contractB;
    long siteB;
    long contractInvoiceB;

    @BeforeEach
    void fillTenantB() throws Exception {
        ownerA = newOwner(INTL);
        ownerB = newOwner(CN);
        accountB = accountOf(ownerB).id();
        SignedInUser operatorB = newOperator(CN);
        as(ownerB, () -> invitations.invite(uniqueEmail("invitee"), Role.FINANCE));               // Invitation, OutboxMessage
        as(operatorB, () -> wallet.grantCredit(accountB, Money.of("50", "CNY"), "welcome", key())); // JournalTransaction/Entry, IdempotencyRecord
        as(operatorB, () -> vouchers.issue(accountB, Money.of("20", "CNY"), 30, "goodwill", key())); // FundingLot
        as(operatorB, () -> vouchers.createCodes(1, Money.of("10", "CNY"), 30, START.plus(Duration.ofDays(60)))); // VoucherCode
        rechargeB = as(ownerB, () -> recharges.startOnlineRecharge(new BigDecimal("30"), key())).orderId(); // RechargeOrder
        ticketB = as(ownerB, () -> tickets.open(new NewTicket("BILLING", "B's ticket", "details",
                List.of(new NewAttachment("screen.png", PNG)))));                                   // SupportTicket, TicketEntry, TicketAttachment
        as(ownerB, () -> notifications.notify(accountB, "TEST", "for B only"));                    // InAppNotification
        signInThroughTheLoginForm("lumen-cn.localhost", ownerB);                                   // SignInRecord
        as(ownerB, () -> signInSecurity.startEmailChange(uniqueEmail("new-address")));            // ContactChange
        String unique = UUID.randomUUID().toString().substring(0, 8);
        cloudB = as(ownerB, () -> clouds.bind(SettlementMethod.ALIBABA_CLOUD, "acs-" + unique, "sub-" + unique)).id(); // CloudAccount
        as(operatorB, () -> clouds.confirm(cloudB, "subscription checked"));
        workspaceB = as(ownerB, () -> workspaces.bind(new NewWorkspace("ws-" + unique, "cn-hangzhou", null))).id();     // Workspace
        as(ownerB, () -> settlements.choose(workspaceB, SettlementMethod.ALIBABA_CLOUD, cloudB));                     // WorkspaceSettlement
        // RealNameVerification (individual, then the upgrade to enterprise) and VerificationLicence
        as(ownerB, () -> verification.submitIndividual(new IndividualIdentity("Li Lei", RESIDENT_ID)));
        approve(ownerB);
        as(ownerB, () -> verification.submitEnterprise(new EnterpriseIdentity("Hangzhou Lumen Co., Ltd.", CREDIT_CODE),
                new LicenceFile("licence.png", null, PNG)));
        verificationB = as(operatorB, () -> review.pending(Pageable.ofSize(1000)).stream()
                .filter(pending -> pending.accountId() == accountB).findFirst().orElseThrow().id());
        approve(ownerB);
        // InvoiceProfile, MailingAddress, InvoiceRequest, InvoiceRequestLine; issuing writes the InvoicePdf
        offerBills(ownerB, bill("BILL-B-" + unique, "40.00", "40.00", "CNY"));
        long profile = ordinaryProfile(ownerB);
        long address = address(ownerB);
        invoiceRequestB = as(ownerB, () -> invoices.request(List.of("BILL-B-" + unique), profile, address)).id();
        as(operatorB, () -> invoiceDesk.issue(invoiceRequestB));
        fillEnterpriseTenantB(unique);
    }

    /** Contract, Allotment, Site and ContractInvoice: an enterprise account at harbor-hosting, invoiced at the quarter's end. */
    private void fillEnterpriseTenantB(String unique) {
        SignedInUser owner = newOwner(HOSTING);
        enterpriseAdminB = newMember(owner, Role.ADMINISTRATOR);
        enterpriseAccountB = accountOf(owner).id();
        contractB = SystemIdentity.callAsOperator(HOSTING, () -> portfolio.openContract(enterpriseAccountB, contract("C-B-" + unique)));
        siteB = as(enterpriseAdminB, () -> portfolio.addSite(new NewSite(contractB, "b-" + unique + ".example", "Bo Owner", "Sales",
                SitePlan.of("STARTER"), SiteStatus.ACTIVE, LocalDate.of(2026, 8, 1))));
        // The contract began on 2026-08-01: its first quarter ended on 2026-11-01, before START.
        assertThat(SystemIdentity.callAsOperator(HOSTING, () -> contractInvoices.issueDueInvoices(enterpriseAccountB))).isEqualTo(1);
        contractInvoiceB = as(enterpriseAdminB, () -> contractInvoices.invoices(new InvoiceQuery(null, null))).getFirst().id();
        // InvoicePayment: staff record a part payment against that invoice.
        SystemIdentity.callAsOperator(HOSTING, () -> invoicePayments.record(contractInvoiceB,
                new NewInvoicePayment(BigDecimal.ONE, LocalDate.of(2026, 11, 2), "B-" + unique)));
        // OnlineInvoicePayment: the Administrator opens a card payment of what is left.
        as(enterpriseAdminB, () -> invoiceOnlinePayments.payOnline(contractInvoiceB, "stripe"));
        // ChargebackRule: a saved rule of the account.
        as(enterpriseAdminB, () -> chargebackRules.save("B rule " + unique, SharedCostRule.bySiteCount()));
    }

    private static NewContract contract(String number) {
        return new NewContract(number, LocalDate.of(2026, 8, 1), LocalDate.of(2029, 8, 1), PaymentMethod.INVOICE_ACH, NewContract.QUARTERLY,
                new BigDecimal("100"), List.of(allot(SitePlan.of("STARTER"), 2, "29", "35"), allot(SitePlan.of("BUSINESS"), 1, "99", "120"),
                        allot(SitePlan.of("PREMIUM"), 0, "299", "360"), allot(SitePlan.of("ENTERPRISE"), 0, "999", "1200")));
    }

    private static NewContract.PlanAllotment allot(SitePlan plan, int sites, String price, String overage) {
        return new NewContract.PlanAllotment(plan, sites, new BigDecimal(price), new BigDecimal(overage));
    }

    /** Signs in at the tenant's host through the real login endpoint, as the login form does. */
    private void signInThroughTheLoginForm(String host, SignedInUser user) throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(tenantFilter).apply(springSecurity()).build();
        mvc.perform(post("/login").header("Host", host).header("User-Agent", "Firefox/140.0").session(new MockHttpSession()).with(csrf())
                .param("username", user.email()).param("password", PASSWORD)).andReturn();
    }

    @Test
    void theFixtureHasRowsOfEveryEntityType() {
        assertThat(idsOfTenantB().entrySet().stream().filter(row -> row.getValue().isEmpty()).map(Map.Entry::getKey).toList())
                .as("types tenant B needs a row of in fillTenantB() for the matrix to cover them").isEmpty();
    }

    @TestFactory
    List<DynamicTest> tenantAUsingTenantBsIdsGetsNothingAndChangesNothing() {
        SignedInUser auditorA = newMember(ownerA, Role.AUDITOR);
        SignedInUser operatorA = newOperator(INTL);
        return idsOfTenantB().entrySet().stream().flatMap(row -> {
            EntityType<?> type = entity(row.getKey());
            List<Long> ids = row.getValue();
            return java.util.stream.Stream.of(
                    DynamicTest.dynamicTest(type.getName() + " × find", () -> inTenantA(() ->
                            ids.forEach(id -> assertThat(entityManager.find(type.getJavaType(), id)).isNull()))),
                    DynamicTest.dynamicTest(type.getName() + " × list", () -> inTenantA(() -> {
                        assertThat(count(type, ids)).isZero();
                        assertThat(entityManager.createQuery("select e from " + type.getName() + " e", type.getJavaType())
                                .getResultList()).noneMatch(e -> ids.contains(entityManager.getEntityManagerFactory()
                                        .getPersistenceUnitUtil().getIdentifier(e)));
                    })),
                    DynamicTest.dynamicTest(type.getName() + " × update", () -> {
                        String attribute = updatableAttribute(type);
                        if (type.getJavaType().isAnnotationPresent(Immutable.class)) {
                            // Journal rows and idempotency records cannot be updated at all, in any tenant.
                            assertThatThrownBy(() -> inTenantA(() -> entityManager.createQuery("update " + type.getName()
                                    + " e set e." + attribute + " = e." + attribute).executeUpdate())).isInstanceOf(RuntimeException.class);
                            return;
                        }
                        int updated = inTenantA(() -> entityManager.createQuery("update " + type.getName() + " e set e." + attribute
                                + " = e." + attribute + " where e." + idName(type) + " in :ids").setParameter("ids", ids).executeUpdate());
                        assertThat(updated).isZero();
                    }),
                    DynamicTest.dynamicTest(type.getName() + " × delete", () -> {
                        int deleted = inTenantA(() -> entityManager.createQuery("delete from " + type.getName() + " e where e."
                                + idName(type) + " in :ids").setParameter("ids", ids).executeUpdate());
                        assertThat(deleted).isZero();
                        assertThat(idsOfTenantB().get(type.getName())).containsAll(ids);
                    }),
                    DynamicTest.dynamicTest(type.getName() + " × history", () -> {
                        if (type.getJavaType().isAnnotationPresent(Audited.class)) {
                            ids.forEach(id -> {
                                assertThat(as(auditorA, () -> audit.historyOf(type.getJavaType(), id))).isEmpty();
                                assertThat(as(operatorA, () -> audit.historyOf(type.getJavaType(), id))).isEmpty();
                            });
                        }
                    }));
        }).toList();
    }

    @Test
    void exportsAndListsOfTenantAHoldNothingOfTenantB() {
        SignedInUser operatorA = newOperator(INTL);
        // The history page's account filter (and its CSV) with B's account id.
        assertThat(as(operatorA, () -> audit.changes(new HistoryQuery(null, null, null, null, null, accountB)))).isEmpty();
        assertThat(as(operatorA, () -> audit.changes(HistoryQuery.all()))).noneMatch(c -> c.actor() != null && c.actor().equals(ownerB.email()));
        // The wallet's movement, voucher and card lists (and their CSVs) serve the signed-in account only.
        assertThat(as(ownerA, () -> wallet.movements(new MovementFilter(null, null, null), Pageable.ofSize(100)).getContent())).isEmpty();
        assertThat(as(ownerA, () -> wallet.lots(false, null, Pageable.ofSize(100)).getContent())).isEmpty();
        assertThat(as(operatorA, () -> recharges.remittancesAwaitingDecision(Pageable.ofSize(500)).getContent()))
                .noneMatch(r -> r.accountId() == accountB);
        assertThat(as(operatorA, () -> desk.queue(new QueueFilter(null, null, accountB), Pageable.ofSize(100)).getContent())).isEmpty();
        assertThat(as(operatorA, () -> desk.queue(new QueueFilter(null, null, null), Pageable.ofSize(500)).getContent()))
                .noneMatch(t -> t.id() == ticketB);
        // The invoice desk, the verification queue and the workspaces rating reads hold nothing of B.
        assertThat(as(operatorA, () -> invoiceDesk.queue(null, Pageable.ofSize(500)).getContent()))
                .noneMatch(r -> r.id() == invoiceRequestB || r.accountId() == accountB);
        assertThat(as(operatorA, () -> review.pending(Pageable.ofSize(1000)).getContent())).noneMatch(v -> v.accountId() == accountB);
        assertThat(as(operatorA, () -> workspaces.all())).noneMatch(w -> w.id() == workspaceB || w.accountId() == accountB);
        assertThat(as(operatorA, () -> workspaces.settlementsOn(LocalDate.of(2026, 12, 1)))).doesNotContainKey(workspaceB);
        // Sign-ins and e-mail changes are the signed-in user's own.
        assertThat(as(ownerA, () -> signInSecurity.recentSignIns())).isEmpty();
        assertThat(as(ownerA, () -> signInSecurity.pendingEmailChange())).isEmpty();
        // Cloud accounts, profiles, addresses, requests and workspaces of tenant A's account only.
        assertThat(as(ownerA, () -> clouds.mine())).isEmpty();
        assertThat(as(ownerA, () -> invoices.profiles())).isEmpty();
        assertThat(as(ownerA, () -> invoices.addresses())).isEmpty();
        assertThat(as(ownerA, () -> invoices.myRequests(Pageable.ofSize(100)).getContent())).isEmpty();
        assertThat(as(ownerA, () -> workspaces.myWorkspaces())).isEmpty();
    }

    @Test
    void routeParametersWithTenantBsIdsReachNothing() {
        SignedInUser operatorA = newOperator(INTL);
        // support/ticket/:id and operator/ticket/:id
        refused(() -> as(ownerA, () -> tickets.myTicket(ticketB)));
        refused(() -> as(operatorA, () -> desk.ticket(ticketB)));
        refused(() -> as(operatorA, () -> desk.history(ticketB)));
        // Remittance decisions by order id
        refused(() -> as(operatorA, () -> recharges.confirmRemittance(rechargeB, "not ours")));
        // pay/simulated/:reference — B's checkout reference opened at tenant A's host
        String reference = TenantContext.callAs(CN, () -> jdbc.queryForObject(
                "select gateway_reference from recharge_order where tenant_id = ? and id = ?", String.class, CN, rechargeB));
        assertThat(TenantContext.callAs(INTL, () -> gateway.amountOf(reference))).isEmpty();
        TenantContext.runAs(INTL, () -> gateway.decide(reference, true, Duration.ZERO));
        assertThat(TenantContext.callAs(CN, () -> gateway.amountOf(reference))).as("still open at B, not paid from A's host").isPresent();
        as(ownerB, () -> assertThat(wallet.overview().cash()).isEqualTo(Money.of("50", "CNY")));
    }

    @Test
    void routeParametersWithTenantBsSelfServiceIdsReachNothing() {
        SignedInUser operatorA = newOperator(INTL);
        // Invoice requests and their PDFs (invoices page, operator's invoice desk)
        refused(() -> as(ownerA, () -> invoices.pdf(invoiceRequestB)));
        refused(() -> as(operatorA, () -> invoiceDesk.pdf(invoiceRequestB)));
        refused(() -> as(operatorA, () -> invoiceDesk.issue(invoiceRequestB)));
        refused(() -> as(operatorA, () -> invoiceDesk.mail(invoiceRequestB, "SF1234567890")));
        refused(() -> as(operatorA, () -> invoiceDesk.reject(invoiceRequestB, "not ours")));
        // Deleting someone else's profile or address is a no-op (checked below: B still has both).
        as(ownerA, () -> invoices.deleteProfile(profileIdOfB()));
        as(ownerA, () -> invoices.deleteAddress(addressIdOfB()));
        // Verification review: the licence image and the decisions
        refused(() -> as(operatorA, () -> review.licence(verificationB)));
        refused(() -> as(operatorA, () -> review.approve(verificationB)));
        refused(() -> as(operatorA, () -> review.reject(verificationB, "not ours")));
        // Cloud accounts and workspaces
        refused(() -> as(ownerA, () -> clouds.close(cloudB)));
        refused(() -> as(operatorA, () -> clouds.expire(cloudB)));
        refused(() -> as(operatorA, () -> clouds.confirm(cloudB, "not ours to confirm")));
        refused(() -> as(operatorA, () -> clouds.reject(cloudB, "not ours to reject")));
        refused(() -> as(ownerA, () -> workspaces.rename(workspaceB, "taken over")));
        refused(() -> as(ownerA, () -> workspaces.unbind(workspaceB)));
        refused(() -> as(ownerA, () -> settlements.options(workspaceB)));
        refused(() -> as(ownerA, () -> settlements.chosen(workspaceB)));
        refused(() -> as(ownerA, () -> settlements.choose(workspaceB, SettlementMethod.BILLING_CENTER, null)));
        refused(() -> as(operatorA, () -> workspaces.settlementOn(workspaceB, LocalDate.of(2026, 12, 1))));
        refused(() -> as(operatorA, () -> workspaces.changeSettlement(workspaceB, Settlement.WALLET, LocalDate.of(2026, 12, 1))));
        assertThat(as(operatorA, () -> workspaces.find(List.of(workspaceB)))).isEmpty();
        assertThat(as(operatorA, () -> workspaces.lockAccount(accountB, true))).isZero();

        // Nothing of B changed: still issued, pending review, bound and settling through its cloud account.
        as(ownerB, () -> {
            assertThat(invoices.myRequests(Pageable.ofSize(10)).getContent()).singleElement()
                    .satisfies(r -> assertThat(r.status()).isEqualTo(org.billingcenter.invoice.InvoiceStatus.ISSUED));
            assertThat(invoices.pdf(invoiceRequestB).content()).isNotEmpty();
            assertThat(clouds.mine()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(cloudB));
            assertThat(workspaces.myWorkspaces()).singleElement().satisfies(w -> {
                assertThat(w.name()).startsWith("ws-");
                assertThat(w.locked()).isFalse();
            });
            assertThat(settlements.chosen(workspaceB).byWallet()).isFalse();
            assertThat(verification.mine().status()).isEqualTo(org.billingcenter.verification.VerificationStatus.VERIFIED);
            assertThat(invoices.profiles()).hasSize(1);
            assertThat(invoices.addresses()).hasSize(1);
        });
    }

    @Test
    void routeParametersWithTenantBsEnterpriseIdsReachNothing() {
        SignedInUser operatorA = newOperator(INTL);
        SignedInUser adminA = newMember(ownerA, Role.ADMINISTRATOR);
        // enterprise/invoice/:id and its portfolio report: tenant A sells no contracts, and B's ids do not open them.
        refused(() -> as(adminA, () -> contractInvoices.invoice(contractInvoiceB)));
        refused(() -> as(adminA, () -> portfolio.site(siteB)));
        refused(() -> as(adminA, () -> portfolio.changePlan(siteB, SitePlan.of("BUSINESS"))));
        refused(() -> as(adminA, () -> portfolio.addSite(new NewSite(contractB, "x.example", "X", null, SitePlan.of("STARTER"),
                SiteStatus.ACTIVE, LocalDate.of(2026, 9, 1)))));
        // Tenant A's staff with B's site, account and contract
        refused(() -> as(operatorA, () -> portfolio.recordTraffic(siteB, 1_000_000)));
        refused(() -> as(operatorA, () -> contractInvoices.issueDueInvoices(enterpriseAccountB)));
        // A contract recorded at tenant A for B's account id (or at the enterprise tenant for lumen-cn's) is refused.
        refused(() -> as(operatorA, () -> portfolio.openContract(enterpriseAccountB, contract("C-A-" + enterpriseAccountB))));
        refused(() -> SystemIdentity.callAsOperator(HOSTING, () -> portfolio.openContract(accountB, contract("C-CN-" + accountB))));
        assertThat(jdbc.queryForObject("select count(*) from ent_contract where account_id in (?, ?) and tenant_id <> ?", Long.class,
                enterpriseAccountB, accountB, HOSTING)).isZero();

        // B's site, contract and invoice are as they were.
        as(enterpriseAdminB, () -> {
            assertThat(portfolio.site(siteB).plan()).isEqualTo(SitePlan.of("STARTER"));
            assertThat(portfolio.contracts()).singleElement().satisfies(c -> assertThat(c.id()).isEqualTo(contractB));
            assertThat(contractInvoices.invoices(new InvoiceQuery(null, null))).extracting(i -> i.id()).containsExactly(contractInvoiceB);
        });
    }

    private long profileIdOfB() {
        return as(ownerB, () -> invoices.profiles()).getFirst().id();
    }

    private long addressIdOfB() {
        return as(ownerB, () -> invoices.addresses()).getFirst().id();
    }

    private static void refused(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOf(RuntimeException.class);
    }

    /** Ids of tenant B's rows (of each of its tenants), per entity name, read with an explicit tenant predicate. */
    private Map<String, List<Long>> idsOfTenantB() {
        Map<String, List<Long>> ids = new TreeMap<>();
        for (EntityType<?> type : entityManager.getMetamodel().getEntities()) {
            if (TenantOwned.class.isAssignableFrom(type.getJavaType())) {
                String table = table(type);
                List<Long> rows = new ArrayList<>();
                // The newest rows: this test's own (the suite shares the database).
                TENANTS_B.forEach(tenant -> rows.addAll(jdbc.queryForList("select id from " + table
                        + " where tenant_id = ? order by id desc limit 20", Long.class, tenant)));
                ids.put(type.getName(), rows);
            }
        }
        return ids;
    }

    private EntityType<?> entity(String name) {
        return entityManager.getMetamodel().getEntities().stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow();
    }

    private long count(EntityType<?> type, List<Long> ids) {
        return entityManager.createQuery("select count(e) from " + type.getName() + " e where e." + idName(type) + " in :ids", Long.class)
                .setParameter("ids", ids).getSingleResult();
    }

    private static String idName(EntityType<?> type) {
        return type.getId(type.getIdType().getJavaType()).getName();
    }

    /** Any plain column that can be set to itself. */
    private static String updatableAttribute(EntityType<?> type) {
        return type.getSingularAttributes().stream()
                .filter(a -> !a.isId() && !a.isVersion() && a.getPersistentAttributeType() == Attribute.PersistentAttributeType.BASIC
                        && !a.getName().equals("tenantId"))
                .map(SingularAttribute::getName).sorted().findFirst().orElseThrow();
    }

    private static String table(EntityType<?> type) {
        jakarta.persistence.Table table = type.getJavaType().getAnnotation(jakarta.persistence.Table.class);
        return table != null && !table.name().isEmpty() ? table.name() : column(type.getName());
    }

    /** Hibernate's default naming: camelCase → snake_case. */
    private static String column(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private <T> T inTenantA(Supplier<T> work) {
        return TenantContext.callAs(INTL, () -> transaction.execute(status -> work.get()));
    }

    private void inTenantA(Runnable work) {
        TenantContext.runAs(INTL, () -> transaction.executeWithoutResult(status -> work.run()));
    }
}
