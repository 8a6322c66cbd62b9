package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.billingcenter.shared.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Allocations always add up to the invoice, whatever the rule; and the portfolio CSV streams every row. */
class ChargebackRulesTest extends EnterprisePortfolioFixture {

    long november;

    @BeforeEach
    void portfolio() {
        buildPortfolio();
        november = invoiceList().getFirst().id();
    }

    @Test
    void bySiteCountDirectCostsFollowPlansAndSharedCostsFollowSites() {
        Chargeback chargeback = as(admin, () -> chargebacks.allocate(november, SharedCostRule.bySiteCount()));
        assertThat(chargeback.total().amount()).isEqualByComparingTo("1260.00");
        assertThat(chargeback.rows()).extracting(ChargebackRow::department).containsExactly("Marketing", "Sales", ChargebackService.UNTAGGED);
        assertThat(chargeback.rows()).extracting(r -> r.total().amount().toPlainString()).containsExactly("821.25", "292.50", "146.25");
        assertThat(chargeback.rows().getLast().untagged()).isTrue();
    }

    @Test
    void byTrafficAndByFixedPercentagesStillSumExactly() {
        for (SharedCostRule rule : List.of(SharedCostRule.byTraffic(), SharedCostRule.fixed(Map.of("Marketing", new BigDecimal("33.3"),
                "Sales", new BigDecimal("33.3"), ChargebackService.UNTAGGED, new BigDecimal("33.4"))))) {
            Chargeback chargeback = as(admin, () -> chargebacks.allocate(november, rule));
            Money sum = chargeback.rows().stream().map(ChargebackRow::total).reduce(Money.zero(chargeback.total().currency()), Money::plus);
            assertThat(sum).isEqualTo(chargeback.total());
            assertThat(sum.amount()).isEqualByComparingTo("1260.00");
        }
    }

    @Test
    void fixedPercentagesMustTotalOneHundred() {
        assertThatThrownBy(() -> as(admin, () -> chargebacks.allocate(november, SharedCostRule.fixed(Map.of("Sales", new BigDecimal("60"),
                "Marketing", new BigDecimal("30"))))))
                .hasMessageContaining("enterprise.chargeback.notHundred");
        assertThatThrownBy(() -> as(admin, () -> chargebacks.allocate(november, SharedCostRule.fixed(Map.of("Sales", new BigDecimal("110"),
                "Marketing", new BigDecimal("-10"))))))
                .hasMessageContaining("enterprise.chargeback.negative");
    }

    @Test
    void remaindersAreDistributedDeterministicallyToTheCent() {
        TreeMap<String, BigDecimal> thirds = new TreeMap<>(Map.of("a", BigDecimal.ONE, "b", BigDecimal.ONE, "c", BigDecimal.ONE));
        Map<String, Money> split = Allocation.split(Money.of("100.00", "USD"), thirds);
        assertThat(split.values()).extracting(m -> m.amount().toPlainString()).containsExactly("33.34", "33.33", "33.33");
        assertThat(Allocation.split(Money.of("100.00", "USD"), thirds)).isEqualTo(split);
    }

    @Test
    void theYearAddsUpItsInvoices() {
        List<Chargeback> year = as(admin, () -> chargebacks.allocateYear(2026, SharedCostRule.bySiteCount()));
        assertThat(year).hasSize(2);
        Chargeback total = ChargebackService.total("2026", year, year.getFirst().total().currency());
        assertThat(total.total()).isEqualTo(year.get(0).total().plus(year.get(1).total()));
    }

    @Test
    void theCsvStreamsEveryRowOfTheTableAndReportsProgress() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        long rows = as(admin, () -> report.exportCsv(november, PortfolioTable.ACTIVE, PortfolioFilter.none(),
                List.of("Site", "Owner", "Previous", "Current", "Previous date", "Date"), out, progress::add));
        String csv = out.toString(StandardCharsets.UTF_8);
        // The five active sites and echo, deleted in the period but active at its start.
        assertThat(rows).isEqualTo(6);
        assertThat(progress).containsExactly(6L);
        assertThat(csv.lines()).hasSize(7);
        assertThat(csv).contains("alpha.example,Ann Owner,STARTER,BUSINESS,2026-08-01,2026-11-01");
    }
}
