package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.UUID;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.account.SignUp;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.DatabaseProxy;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away in the middle of a recharge: the payment callback's journal writes have
 * reached MariaDB, the COMMIT has not. No money may appear, none may be lost, and the provider's
 * retry (callbacks are repeated until acknowledged) must credit the wallet exactly once.
 * <p>
 * Runs in a context (and JVM) of its own, whose connection pool reaches MariaDB through a
 * {@link DatabaseProxy} that this test cuts; the suite's shared context is not touched.
 */
@Tag("own-context")
@SpringBootTest(properties = {"billing.demo-data.enabled=false", "billing.wallet.expiry-cron=-",
        // Its people sign up from one client within a second; the sending limits are proven elsewhere.
        "billing.account.per-client-per-hour=1000",
        // Fail fast while the database is away instead of waiting Hikari's default 30 s.
        "spring.datasource.hikari.connection-timeout=1500", "spring.datasource.hikari.validation-timeout=1000"})
class RechargeSurvivesALostDatabaseTest {

    static final String TENANT = "lumen-intl";
    static DatabaseProxy proxy;

    @Autowired
    AccountService accounts;
    @Autowired
    EmailConfirmationService confirmations;
    @Autowired
    RechargeService recharges;
    @Autowired
    WalletService wallet;
    @Autowired
    LedgerCheckService ledger;
    @Autowired
    SimulatedPaymentGateway gateway;

    @DynamicPropertySource
    static void databaseBehindAProxy(DynamicPropertyRegistry registry) {
        proxy = DatabaseProxy.inFrontOfTestDatabase(registry);
    }

    @AfterAll
    static void closeProxy() {
        proxy.close();
    }

    @org.springframework.beans.factory.annotation.Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aCutBeforeCommitLeavesNoMoneyAndTheRetryCreditsExactlyOnce() {
        SignedInUser owner = signUp();
        long accountId = SystemIdentity.callAs(owner, () -> accounts.myAccount().id());
        String reference = SystemIdentity.callAs(owner, () -> recharges.startOnlineRecharge(new BigDecimal("30"), key()))
                .checkoutUrl().substring(SimulatedPaymentGateway.CHECKOUT_PATH.length());
        PaymentCallback paid = gateway.signed(new PaymentCallback(TENANT, reference, Outcome.SUCCEEDED, Money.of("30", "USD"),
                "evt-" + key(), null));

        proxy.cutBeforeCommitAfter("insert into journal_transaction");
        Throwable failure = null;
        try {
            deliver(paid);
        } catch (RuntimeException e) {
            failure = e;
        }
        assertThat(proxy.cuts()).as("the connection was cut between the writes and the commit").isEqualTo(1);
        assertThat(failure).as("the callback is not acknowledged, so the provider retries").isNotNull();
        proxy.restore(dataSource);

        assertThat(cash(owner)).as("nothing was credited").isEqualTo(Money.of("0", "USD"));
        assertThat(consistent(accountId)).isTrue();

        deliver(paid);
        assertThat(cash(owner)).as("the retry credits once").isEqualTo(Money.of("30", "USD"));
        deliver(paid);
        assertThat(cash(owner)).as("a second retry changes nothing").isEqualTo(Money.of("30", "USD"));
        assertThat(consistent(accountId)).isTrue();
        assertThat(SystemIdentity.callAs(owner, () -> recharges.myRecharges(org.springframework.data.domain.Pageable.ofSize(10))
                .getContent())).singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(RechargeStatus.SUCCEEDED));
    }

    private void deliver(PaymentCallback callback) {
        TenantContext.runAs(TENANT, () -> recharges.onPaymentCallback(callback));
    }

    private Money cash(SignedInUser owner) {
        return SystemIdentity.callAs(owner, () -> wallet.overview().cash());
    }

    private boolean consistent(long accountId) {
        return SystemIdentity.callAsOperator(TENANT, () -> ledger.check(accountId)).consistent();
    }

    private SignedInUser signUp() {
        String email = "cut-" + key().substring(0, 8) + "@example.com";
        return TenantContext.callAs(TENANT, () -> {
            accounts.signUp(new SignUp(email, "correct horse battery", "Cut Owner", AccountKind.STANDARD, "Cut Co"));
            SystemIdentity.runAsOperator(TENANT, () -> confirmations.confirmByStaff(email, "test"));
            return accounts.findSignIn(email).orElseThrow().user();
        });
    }

    private static String key() {
        return UUID.randomUUID().toString();
    }
}
