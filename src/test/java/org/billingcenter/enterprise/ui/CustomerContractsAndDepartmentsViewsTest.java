package org.billingcenter.enterprise.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;

import org.billingcenter.enterprise.DepartmentSite;
import org.billingcenter.enterprise.EnterprisePortfolioFixture;
import org.billingcenter.enterprise.SharedCostRule;
import org.billingcenter.support.Input;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An Administrator reads the contracts page, tags sites to a department many at once, and saves and reuses a chargeback rule. */
class CustomerContractsAndDepartmentsViewsTest extends EnterprisePortfolioFixture {

    long november;

    @BeforeEach
    void portfolioAndSignIn() {
        buildPortfolio();
        november = invoiceList().getFirst().id();
        signIn(admin);
    }

    @Test
    void theContractsPageShowsTermsAndEachPlansUseToday() {
        navigate("enterprise/contracts");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, "contract-terms-" + contractId).getText())
                .contains("Invoice / ACH");
        @SuppressWarnings("unchecked")
        Grid<Object> allotments = find(Grid.class, "contract-allotments-" + contractId);
        assertThat(GridKt._size(allotments)).isEqualTo(4);
        assertThat(GridKt._getFormattedRow(allotments, 0)).first().isEqualTo("Starter");
    }

    @Test
    void selectedSitesAreTaggedAtOnce() {
        navigate("enterprise/departments");
        DepartmentsView view = _get(DepartmentsView.class);
        Input.type(view.search, "alpha");
        assertThat(GridKt._size(view.sites)).isEqualTo(1);
        view.search.clear();
        DepartmentSite alpha = GridKt._get(view.sites, 0);
        DepartmentSite bravo = GridKt._get(view.sites, 1);
        view.sites.asMultiSelect().select(Set.of(alpha, bravo));
        view.department.setValue("Research");
        view.tag.click();

        assertThat(notifications()).anyMatch(text -> text.contains("2 site(s) now belong to Research"));
        assertThat(GridKt._getFormattedRow(view.sites, 0)).contains("alpha.example", "Research");
        assertThat(GridKt._getFormattedRow(view.sites, 1)).contains("bravo.example", "Research");

        view.tag.click();
        assertThat(notifications()).anyMatch(text -> text.contains("Select at least one site"));
    }

    @Test
    void aRuleIsSavedOnTheChargebacksPageListedOnDepartmentsAndReused() {
        navigate("enterprise/chargebacks/" + november);
        ChargebacksView chargebacks = _get(ChargebacksView.class);
        chargebacks.basis.setValue(SharedCostRule.Basis.FIXED_PERCENTAGES);
        chargebacks.percentages.get("Sales").setValue(new BigDecimal("60"));
        chargebacks.percentages.get("Marketing").setValue(new BigDecimal("40"));
        Input.type(chargebacks.ruleName, "Sixty-forty");
        chargebacks.saveRule.click();
        assertThat(notifications()).anyMatch(text -> text.contains("\"Sixty-forty\" is saved"));

        navigate("enterprise/departments");
        DepartmentsView departments = _get(DepartmentsView.class);
        assertThat(GridKt._size(departments.rules)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(departments.rules, 0)).contains("Sixty-forty", "Fixed percentages", "Marketing 40%, Sales 60%");

        navigate("enterprise/chargebacks/" + november);
        ChargebacksView again = _get(ChargebacksView.class);
        again.savedRule.setValue(again.savedRule.getListDataView().getItem(0));
        assertThat(again.basis.getValue()).isEqualTo(SharedCostRule.Basis.FIXED_PERCENTAGES);
        assertThat(again.percentages.get("Sales").getValue()).isEqualByComparingTo("60");
        assertThat(again.total.getText()).isEqualTo("Total allocated: $1,260.00");
    }

    @Test
    void eachInvoiceOffersItsReportAndTheReportDrawsSitesByPlanOverThePeriods() {
        navigate("enterprise/invoices");
        InvoicesView invoicesView = _get(InvoicesView.class);
        var actions = (com.vaadin.flow.component.orderedlayout.HorizontalLayout) GridKt._getCellComponent(invoicesView.grid, 0, "report");
        assertThat(actions.getChildren().filter(c -> c instanceof com.vaadin.flow.component.html.Anchor)
                .map(c -> ((com.vaadin.flow.component.html.Anchor) c).getId().orElse(""))).containsExactly("download-report-" + november);
        actions.getChildren().filter(c -> c instanceof com.vaadin.flow.component.button.Button).findFirst()
                .map(com.vaadin.flow.component.button.Button.class::cast).orElseThrow().click();
        PortfolioReportView report = _get(PortfolioReportView.class);
        assertThat(report.planOverTime.getCategories()).hasSize(2).last().isEqualTo("2026-11-01");
        assertThat(report.planOverTime.getSeries()).extracting(org.billingcenter.shared.ui.chart.ChartSeries::name)
                .startsWith("Starter", "Business");
    }
}
