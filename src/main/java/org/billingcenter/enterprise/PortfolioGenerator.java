package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.persistence.IdBlocks;
import org.billingcenter.tenant.TenantDefinition.HostingPlan;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes a plausible two-year portfolio for an enterprise account: two contracts (quarterly by
 * ACH, monthly by card), sites created, upgraded, downgraded, frozen and deactivated over the two
 * years, and the invoices due so far. For the demo (a few hundred sites) and for measuring large
 * portfolios (100,000 sites): rows go in as multi-row JDBC inserts, a thousand per transaction.
 */
@Service
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class PortfolioGenerator {

    static final String[] DEPARTMENTS = {"Marketing", "Sales", "Engineering", "Support", "Finance", "People", "Product", "Legal"};
    private static final String[] FIRST = {"Jordan", "Casey", "Riley", "Morgan", "Taylor", "Avery", "Quinn", "Harper", "Rowan", "Sam"};
    private static final String[] LAST = {"Lee", "Patel", "Garcia", "Nguyen", "Smith", "Kim", "Okafor", "Rossi", "Cohen", "Silva"};
    private static final String[] WORDS = {"atlas", "harbor", "summit", "cedar", "nova", "pixel", "lumen", "orbit", "delta", "maple",
        "aurora", "cobalt", "ember", "fjord", "granite", "willow"};
    private static final int[] PRICES = {29, 99, 299, 999};
    private static final int CHUNK = 1000;

    private final PortfolioService portfolio;
    private final InvoiceRun invoiceRun;
    private final IdBlocks ids;
    private final JdbcTemplate jdbc;
    private final TenantRegistry tenants;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PortfolioGenerator(PortfolioService portfolio, InvoiceRun invoiceRun, IdBlocks ids, JdbcTemplate jdbc, TenantRegistry tenants,
            PlatformTransactionManager transactions, Clock clock) {
        this.portfolio = portfolio;
        this.invoiceRun = invoiceRun;
        this.ids = ids;
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * Generates {@code siteCount} sites for the account. With {@code fullHistory} every invoice of
     * the two years is issued; without, only each contract's last two (enough for a report with a previous invoice).
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public GeneratedPortfolio generate(long accountId, int siteCount, long seed, boolean fullHistory) {
        if (siteCount < 1 || siteCount > 1_000_000) {
            throw new BusinessRuleException("enterprise.generator.size");
        }
        String tenant = tenants.current().id();
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        LocalDate start = today.withDayOfMonth(1).minusMonths(24);
        Random random = new Random(seed);
        List<GeneratedSite> generated = new ArrayList<>(siteCount);
        for (int i = 0; i < siteCount; i++) {
            generated.add(GeneratedSite.random(random, i, start, today, tenants.current().plans()));
        }
        String prefix = "HS-" + accountId + "-";
        long quarterly = portfolio.openContract(accountId, contract(prefix + "1001", start, PaymentMethod.INVOICE_ACH,
                NewContract.QUARTERLY, "2500", generated, 0, today, tenants.current().plans()));
        long monthly = portfolio.openContract(accountId, contract(prefix + "1002", start, PaymentMethod.CARD, 1, "500",
                generated, 1, today, tenants.current().plans()));
        long[] contractOf = {quarterly, monthly};
        int changes = 0;
        for (int from = 0; from < siteCount; from += CHUNK) {
            List<GeneratedSite> chunk = generated.subList(from, Math.min(siteCount, from + CHUNK));
            changes += transaction.execute(status -> insert(tenant, accountId, contractOf, chunk));
        }
        int invoices = 0;
        for (long contractId : contractOf) {
            invoices += issueInvoices(contractId, start, contractId == quarterly ? NewContract.QUARTERLY : 1, today, fullHistory);
        }
        return new GeneratedPortfolio(List.of(quarterly, monthly), siteCount, changes, invoices);
    }

    private int issueInvoices(long contractId, LocalDate start, int months, LocalDate today, boolean fullHistory) {
        List<LocalDate> dates = new ArrayList<>();
        for (LocalDate date = start.plusMonths(months); !date.isAfter(today); date = date.plusMonths(months)) {
            dates.add(date);
        }
        int first = fullHistory ? 0 : Math.max(0, dates.size() - 2);
        for (int i = first; i < dates.size(); i++) {
            LocalDate previous = i == 0 ? start : dates.get(i - 1);
            LocalDate date = dates.get(i);
            InvoiceStatus status = ChronoUnit.DAYS.between(date, today) > 45 ? InvoiceStatus.PAID : InvoiceStatus.ISSUED;
            transaction.executeWithoutResult(tx -> invoiceRun.issue(contractId, previous, date, status));
        }
        return dates.size() - first;
    }

    /** Allotments a little under what the contract's portfolio grew to, so the last periods show overage. */
    private static NewContract contract(String number, LocalDate start, PaymentMethod method, int months, String fee,
            List<GeneratedSite> sites, int contractIndex, LocalDate today, List<HostingPlan> plans) {
        Map<SitePlan, Integer> live = new HashMap<>();
        for (GeneratedSite site : sites) {
            if (site.contractIndex() == contractIndex && site.liveOn(today)) {
                live.merge(site.planOn(today), 1, Integer::sum);
            }
        }
        List<NewContract.PlanAllotment> allotments = new ArrayList<>();
        for (int rank = 0; rank < plans.size(); rank++) {
            SitePlan plan = SitePlan.of(plans.get(rank).code());
            BigDecimal price = BigDecimal.valueOf(PRICES[Math.min(rank, PRICES.length - 1)]);
            allotments.add(new NewContract.PlanAllotment(plan, live.getOrDefault(plan, 0) * 9 / 10, price,
                    price.multiply(new BigDecimal("1.2"))));
        }
        return new NewContract(number, start, start.plusYears(3), method, months, new BigDecimal(fee), allotments);
    }

    private int insert(String tenant, long accountId, long[] contractOf, List<GeneratedSite> chunk) {
        long firstId = ids.next("ent_site", chunk.size());
        List<Object[]> siteRows = new ArrayList<>(chunk.size());
        List<Object[]> changeRows = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            GeneratedSite site = chunk.get(i);
            long id = firstId + i;
            siteRows.add(site.row(id, tenant, accountId, contractOf[site.contractIndex()]));
            for (GeneratedSite.Change change : site.changes()) {
                changeRows.add(new Object[] {null, tenant, id, change.on(), change.from().code(), change.to().code(), change.automatic()});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO ent_site (id, tenant_id, account_id, contract_id, name, owner, department, initial_plan, plan, status,
                    created_on, plan_changed_on, frozen_on, deactivated_on, deleted, monthly_traffic, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""", siteRows);
        for (int from = 0; from < changeRows.size(); from += CHUNK) {
            List<Object[]> part = changeRows.subList(from, Math.min(changeRows.size(), from + CHUNK));
            long firstChange = ids.next("ent_site_plan_change", part.size());
            for (int i = 0; i < part.size(); i++) {
                part.get(i)[0] = firstChange + i;
            }
            jdbc.batchUpdate("INSERT INTO ent_site_plan_change (id, tenant_id, site_id, changed_on, from_plan, to_plan, automatic)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)", part);
        }
        return changeRows.size();
    }

    static String owner(int index) {
        return FIRST[index % FIRST.length] + " " + LAST[(index / FIRST.length) % LAST.length];
    }

    static String siteName(Random random, int index) {
        return WORDS[random.nextInt(WORDS.length)] + "-" + WORDS[random.nextInt(WORDS.length)] + "-" + String.format("%06d", index)
                + ".harbor.site";
    }
}
