package org.billingcenter.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.enterprise.EnterprisePortfolioFixture;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SharedCostRule;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.support.Input;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An Administrator of a contract account works through invoices, the report, chargebacks and spend. */
class EnterpriseViewsTest extends EnterprisePortfolioFixture {

    long november;

    @BeforeEach
    void portfolioAndSignIn() {
        buildPortfolio();
        november = invoiceList().getFirst().id();
        signIn(admin);
    }

    @Test
    void invoicesFilterByYearAndNumberAndOpenWithLinesAndTotals() {
        navigate("enterprise/invoices");
        InvoicesView view = _get(InvoicesView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        view.year.setValue(2027);
        assertThat(GridKt._size(view.grid)).isZero();
        view.year.setValue(InvoicesView.ALL_YEARS);
        Input.type(view.number, "-002");
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).contains("$1,260.00", "Invoice / ACH");

        navigate("enterprise/invoice/" + november);
        InvoiceView invoice = _get(InvoiceView.class);
        assertThat(GridKt._size(invoice.lines)).isEqualTo(6);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, "invoice-totals").getText()).contains("$105.00", "$1,260.00");
    }

    @Test
    void theReportShowsItsFourTablesAndFiltersThemAll() {
        navigate("enterprise/portfolio/" + november);
        PortfolioReportView report = _get(PortfolioReportView.class);
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, "portfolio-heading").getText())
                .contains("2026-08-01", "2026-11-01", invoiceList().getFirst().number());
        assertThat(size(report, PortfolioTable.UPGRADED)).isEqualTo(1);
        assertThat(size(report, PortfolioTable.NEW_OVER_CONTRACT)).isEqualTo(1);
        assertThat(size(report, PortfolioTable.ACTIVE)).as("with echo, deleted since the last invoice").isEqualTo(6);
        assertThat(size(report, PortfolioTable.DEACTIVATED)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(report.tables.get(PortfolioTable.UPGRADED).grid, 0))
                .contains("alpha.example", "Ann Owner", "Starter", "Business", "2026-08-01", "2026-11-01");
        assertThat(report.tables.get(PortfolioTable.ACTIVE).getSummaryText()).isEqualTo("All active sites (6)");

        // Each table filters by its own column headings; the others keep theirs.
        PortfolioColumnFilters active = report.tables.get(PortfolioTable.ACTIVE).filters;
        active.owner.setValue("Ann Owner");
        assertThat(size(report, PortfolioTable.ACTIVE)).isEqualTo(2);
        assertThat(size(report, PortfolioTable.DEACTIVATED)).isEqualTo(2);
        report.tables.get(PortfolioTable.DEACTIVATED).filters.owner.setValue("Ann Owner");
        assertThat(size(report, PortfolioTable.DEACTIVATED)).isZero();
        active.owner.clear();
        active.currentPlan.setValue(SitePlan.of("STARTER"));
        assertThat(size(report, PortfolioTable.ACTIVE)).isEqualTo(4);
        active.previousPlan.setValue(SitePlan.of("BUSINESS"));
        assertThat(size(report, PortfolioTable.ACTIVE)).isEqualTo(1);
        active.currentPlan.clear();
        active.previousPlan.clear();
        Input.type(find(TextField.class, "filter-site-name-active"), "CHAR");
        assertThat(size(report, PortfolioTable.ACTIVE)).isEqualTo(1);
        active.siteName.clear();
        active.activeAtCurrent.setValue(false);
        assertThat(size(report, PortfolioTable.ACTIVE)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(report.tables.get(PortfolioTable.ACTIVE).grid, 0)).contains("echo.example");
        active.activeAtCurrent.clear();
        active.existedAtPrevious.setValue(false);
        assertThat(size(report, PortfolioTable.ACTIVE)).isEqualTo(2);

        assertThat(report.byPlan.getCategories()).containsExactly("Starter", "Business");
        assertThat(java.util.List.<Number>copyOf(report.byPlan.getSeries().getFirst().data())).containsExactly(4L, 1L);
        assertThat(java.util.List.<Number>copyOf(report.overTime.getSeries().getFirst().data())).containsExactly(5L, 5L);
    }

    @Test
    void rowsPerPageAndThePagerWalkATableAPageAtATime() {
        navigate("enterprise/portfolio/" + november);
        PortfolioReportView report = _get(PortfolioReportView.class);
        PortfolioTableSection active = report.tables.get(PortfolioTable.ACTIVE);
        assertThat(report.rowsPerPage.getValue()).isEqualTo(25);
        active.rowsPerPage(2);
        assertThat(GridKt._size(active.grid)).isEqualTo(2);
        assertThat(active.pageLabel.getText()).isEqualTo("Page 1 of 3 (6 sites)");
        assertThat(active.previous.isEnabled()).isFalse();
        active.next.click();
        active.next.click();
        assertThat(GridKt._size(active.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(active.grid, 1)).contains("golf.example");
        assertThat(active.next.isEnabled()).isFalse();
        active.previous.click();
        assertThat(active.pageLabel.getText()).isEqualTo("Page 2 of 3 (6 sites)");
        assertThat(GridKt._getFormattedRow(active.grid, 0)).contains("charlie.example");
        assertThat(GridKt._getFormattedRow(active.grid, 1)).contains("echo.example");
        active.first.click();
        assertThat(GridKt._getFormattedRow(active.grid, 0)).contains("alpha.example");
        assertThat(active.first.isEnabled()).isFalse();
        active.filters.existedAtPrevious.setValue(true);
        active.last.click();
        assertThat(active.pageLabel.getText()).isEqualTo("Page 2 of 2 (4 sites)");
        assertThat(GridKt._size(active.grid)).as("the last page holds what is left over").isEqualTo(2);
        assertThat(GridKt._getFormattedRow(active.grid, 1)).contains("echo.example");
        active.filters.existedAtPrevious.clear();
        active.setOpened(false);
        assertThat(active.isOpened()).as("tables collapse").isFalse();
        active.rowsPerPage(2);
        assertThat(GridKt._size(active.grid)).as("a collapsed table reads nothing").isZero();
        active.setOpened(true);
        assertThat(GridKt._size(active.grid)).as("until it is opened").isEqualTo(2);
        assertThat(GridKt._getFormattedRow(active.grid, 0)).contains("alpha.example");
    }

    @Test
    void chargebacksAddUpToTheInvoiceAndRefusePercentagesThatDoNotTotalOneHundred() {
        navigate("enterprise/chargebacks/" + november);
        ChargebacksView view = _get(ChargebacksView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        assertThat(GridKt._getFormattedRow(view.grid, 2)).contains("Untagged sites", "$146.25");
        assertThat(view.total.getText()).isEqualTo("Total allocated: $1,260.00");

        view.basis.setValue(SharedCostRule.Basis.FIXED_PERCENTAGES);
        view.percentages.get("Sales").setValue(new BigDecimal("60"));
        view.apply.click();
        assertThat(notifications()).anyMatch(text -> text.contains("add up to 60%"));

        view.percentages.get("Marketing").setValue(new BigDecimal("25"));
        view.percentages.get("(untagged)").setValue(new BigDecimal("15"));
        view.apply.click();
        assertThat(view.total.getText()).isEqualTo("Total allocated: $1,260.00");
        assertThat(view.chart.getSeries()).hasSize(3);
    }

    @Test
    void spendStacksByContractOrPaymentMethodWithTotals() {
        navigate("enterprise/spend");
        SpendView view = _get(SpendView.class);
        BigDecimal invoiced = invoiceList().stream().map(InvoiceSummary::total).map(m -> m.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(view.grandTotal.getText()).isEqualTo("Total allocated: $" + String.format("%,.2f", invoiced));
        assertThat(GridKt._size(view.totals)).isEqualTo(1);
        view.grouping.setValue(org.billingcenter.enterprise.SpendGrouping.PAYMENT_METHOD);
        assertThat(GridKt._getFormattedRow(view.totals, 0)).contains("Invoice / ACH");
        view.method.setValue(org.billingcenter.enterprise.PaymentMethod.CARD);
        assertThat(GridKt._size(view.totals)).isZero();
        view.method.clear();
        view.from.setValue(YearMonth.of(2026, 9));
        view.to.setValue(YearMonth.of(2026, 9));
        assertThat(view.chart.getCategories()).containsExactly("2026-09");
        assertThat(Views.current()).isInstanceOf(SpendView.class);
    }

    private static int size(PortfolioReportView report, PortfolioTable table) {
        Grid<?> grid = report.tables.get(table).grid;
        return GridKt._size(grid);
    }
}
