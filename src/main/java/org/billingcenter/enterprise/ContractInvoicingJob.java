package org.billingcenter.enterprise;

import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.billingcenter.tenant.Feature;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Issues contract invoices when their date comes, without anyone pressing a button: every hour,
 * in each tenant that sells contracts, each contract account's due invoices are issued by
 * {@link ContractInvoiceService#issueDueInvoices} as the tenant's system operator, on the
 * contract's invoicing frequency (quarterly unless the contract says otherwise) in the tenant's
 * own calendar. Running again changes nothing: the next period starts at the contract's latest
 * invoice, and a contract has one invoice per invoice date (unique key), so a second node, a
 * retry or a re-run issues no duplicate, and a run that was missed is caught up by the next one.
 * One node at a time runs it (ShedLock).
 */
@Component
class ContractInvoicingJob {

    private static final Logger log = LoggerFactory.getLogger(ContractInvoicingJob.class);

    private final TenantRegistry tenants;
    private final ContractInvoiceService invoices;
    private final JdbcTemplate jdbc;

    ContractInvoicingJob(TenantRegistry tenants, ContractInvoiceService invoices, JdbcTemplate jdbc) {
        this.tenants = tenants;
        this.invoices = invoices;
        this.jdbc = jdbc;
    }

    @Scheduled(cron = "${billing.enterprise.invoicing-cron:0 40 * * * *}")
    @SchedulerLock(name = "enterprise-invoicing", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    public void run() {
        issueDue();
    }

    /** Issues what is due in every tenant; returns how many invoices were issued. */
    int issueDue() {
        int issued = 0;
        for (TenantDefinition tenant : tenants.all()) {
            if (tenant.offers(Feature.ENTERPRISE_CONTRACTS)) {
                issued += SystemIdentity.callAsOperator(tenant.id(), () -> issueDue(tenant));
            }
        }
        return issued;
    }

    /** Account by account, each in its own transaction: one account's failure does not hold back the others' invoices. */
    private int issueDue(TenantDefinition tenant) {
        List<Long> accounts = jdbc.queryForList("SELECT DISTINCT account_id FROM ent_contract WHERE tenant_id = ? ORDER BY account_id",
                Long.class, tenant.id());
        int issued = 0;
        for (long account : accounts) {
            try {
                issued += invoices.issueDueInvoices(account);
            } catch (RuntimeException e) {
                log.error("Contract invoicing failed for account {} of tenant {}", account, tenant.id(), e);
            }
        }
        return issued;
    }
}
