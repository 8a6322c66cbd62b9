package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Keyset pages of the report agree with the table read whole, in both directions, and the facts
 * counted at issue agree with counting the invoice's rows. On the crafted portfolio of
 * {@link EnterprisePortfolioFixture} (November: five active sites).
 */
class PortfolioPagingTest extends EnterprisePortfolioFixture {

    private long november;

    @BeforeEach
    void portfolio() {
        buildPortfolio();
        november = invoiceList().getFirst().id();
    }

    @Test
    void keysetPagesWalkTheTableForwardAndBackAndTheLastPageHoldsWhatIsLeft() {
        List<String> whole = names(as(admin, () -> report.rows(november, PortfolioTable.ACTIVE, PortfolioFilter.none(), 0, 100)));
        assertThat(whole).as("five active sites and one deleted since the last invoice").hasSize(6);

        List<String> forward = new ArrayList<>();
        List<PortfolioRow> page = page(PortfolioPageRequest.first(2));
        while (!page.isEmpty()) {
            forward.addAll(names(page));
            page = page(PortfolioPageRequest.after(page.getLast(), 2));
        }
        assertThat(forward).isEqualTo(whole);

        List<PortfolioRow> last = page(PortfolioPageRequest.last(1));
        assertThat(names(last)).containsExactly(whole.get(5));
        List<PortfolioRow> before = page(PortfolioPageRequest.before(last.getFirst(), 2));
        assertThat(names(before)).as("in table order").containsExactly(whole.get(3), whole.get(4));
        assertThat(names(page(PortfolioPageRequest.before(before.getFirst(), 2)))).containsExactly(whole.get(1), whole.get(2));
        assertThat(page(PortfolioPageRequest.before(page(PortfolioPageRequest.first(1)).getFirst(), 2))).isEmpty();
    }

    @Test
    void filtersApplyToKeysetPagesToo() {
        PortfolioFilter starter = new PortfolioFilter(null, null, SitePlan.of("STARTER"), null);
        List<PortfolioRow> first = as(admin, () -> report.page(november, PortfolioTable.ACTIVE, starter, PortfolioPageRequest.first(2)));
        List<PortfolioRow> second = as(admin, () -> report.page(november, PortfolioTable.ACTIVE, starter,
                PortfolioPageRequest.after(first.getLast(), 2)));
        assertThat(names(first)).containsExactly("bravo.example", "charlie.example");
        assertThat(names(second)).containsExactly("foxtrot.example", "golf.example");
    }

    @Test
    void theOverviewCountedAtIssueAgreesWithCountingTheRows() {
        PortfolioOverview overview = as(admin, () -> report.overview(november));
        for (PortfolioTable table : PortfolioTable.values()) {
            long counted = as(admin, () -> report.rows(november, table, PortfolioFilter.none(), 0, 1000)).size();
            assertThat(overview.tableSize(table)).as(table.name()).isEqualTo(counted);
            assertThat(as(admin, () -> report.count(november, table, new PortfolioFilter(null, null, null, " ")))).isEqualTo(counted);
        }
        assertThat(overview.owners()).containsExactly("Ann Owner", "Ben Owner", "Cat Owner");
        assertThat(overview.sitesByPlan()).containsExactly(new PlanCount(SitePlan.of("STARTER"), 4), new PlanCount(SitePlan.of("BUSINESS"), 1));
        assertThat(overview.header().invoiceId()).isEqualTo(november);
    }

    @Test
    void aPageHoldsAtMostAThousandRows() {
        assertThatThrownBy(() -> PortfolioPageRequest.first(1001)).hasMessageContaining("enterprise.portfolio.pageSize");
        assertThatThrownBy(() -> PortfolioPageRequest.last(0)).hasMessageContaining("enterprise.portfolio.pageSize");
    }

    private List<PortfolioRow> page(PortfolioPageRequest request) {
        return as(admin, () -> report.page(november, PortfolioTable.ACTIVE, PortfolioFilter.none(), request));
    }

    private static List<String> names(List<PortfolioRow> rows) {
        return rows.stream().map(PortfolioRow::siteName).toList();
    }
}
