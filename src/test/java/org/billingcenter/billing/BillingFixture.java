package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.usage.IngestionResult;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.springframework.beans.factory.annotation.Autowired;

/** Accounts with workspaces and usage, for the billing tests. */
abstract class BillingFixture extends ApplicationTest {

    @Autowired
    protected WorkspaceService workspaces;
    @Autowired
    protected UsageIngestionService usage;
    @Autowired
    protected WalletService wallet;
    @Autowired
    protected DailyRating rating;
    @Autowired
    protected MonthlyBills monthlyBills;
    @Autowired
    protected BillingJobs jobs;
    @Autowired
    protected BillService bills;

    @Autowired
    protected org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    protected org.springframework.transaction.PlatformTransactionManager transactions;

    /** A statement committed on its own (connections do not auto-commit). */
    protected int sql(String statement, Object... args) {
        return new org.springframework.transaction.support.TransactionTemplate(transactions)
                .execute(status -> jdbc.update(statement, args));
    }

    protected WorkspaceSummary workspace(SignedInUser owner, String site, Integer retentionDays) {
        return as(owner, () -> workspaces.bind(new NewWorkspace("ws-" + UUID.randomUUID().toString().substring(0, 6), site,
                retentionDays)));
    }

    protected IngestionResult send(String tenant, UsageRecord... records) {
        return SystemIdentity.callAsOperator(tenant, () -> usage.ingest(List.of(records)));
    }

    protected static UsageRecord record(long workspaceId, String item, String hour, String quantity) {
        return new UsageRecord(UUID.randomUUID().toString(), workspaceId, item, Instant.parse(hour), new BigDecimal(quantity));
    }

    protected Money cash(SignedInUser owner) {
        return as(owner, () -> wallet.overview().cash());
    }

    protected void credit(String tenant, long accountId, String amount) {
        SystemIdentity.runAsOperator(tenant, () -> wallet.grantCredit(accountId, Money.of(amount, "USD"), "test funds", key()));
    }
}
