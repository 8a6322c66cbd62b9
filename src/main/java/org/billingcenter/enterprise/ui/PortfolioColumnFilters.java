package org.billingcenter.enterprise.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.HeaderRow;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.PortfolioFilter;
import org.billingcenter.enterprise.PortfolioHeader;
import org.billingcenter.enterprise.PortfolioRow;
import org.billingcenter.enterprise.SitePlan;

/**
 * The filters under one report table's column headings (site name, owner, both plans, both
 * invoice dates), each table its own. They only say what to ask for: the report service filters
 * in its query, so a page of a filtered 100,000-site table is still one keyset read.
 */
class PortfolioColumnFilters {

    final TextField siteName = new TextField();
    final ComboBox<String> owner = new ComboBox<>();
    final Select<SitePlan> previousPlan = new Select<>();
    final Select<SitePlan> currentPlan = new Select<>();
    final Select<Boolean> existedAtPrevious = new Select<>();
    final Select<Boolean> activeAtCurrent = new Select<>();

    PortfolioColumnFilters(Component owner, Grid<PortfolioRow> grid, String key, HostingPlans plans, PortfolioHeader header,
            List<String> owners, Runnable onChange) {
        siteName.setId("filter-site-name-" + key);
        siteName.setPlaceholder(owner.getTranslation("enterprise.portfolio.search"));
        siteName.setClearButtonVisible(true);
        siteName.setValueChangeMode(ValueChangeMode.LAZY);
        this.owner.setId("filter-owner-" + key);
        this.owner.setPlaceholder(owner.getTranslation("enterprise.portfolio.allOwners"));
        this.owner.setItems(owners);
        this.owner.setItemLabelGenerator(name -> EnterpriseScreens.owner(owner, name));
        this.owner.setClearButtonVisible(true);
        plans(owner, previousPlan, "filter-previous-plan-" + key, plans);
        plans(owner, currentPlan, "filter-current-plan-" + key, plans);
        dated(owner, existedAtPrevious, "filter-previous-date-" + key, "enterprise.portfolio.existedOn", "enterprise.portfolio.newSince",
                header.previousInvoiceDate().toString());
        dated(owner, activeAtCurrent, "filter-current-date-" + key, "enterprise.portfolio.activeOn", "enterprise.portfolio.notActiveOn",
                header.invoiceDate().toString());
        // Each filter is named by its column's heading, for those who cannot see which column it stands under.
        siteName.setAriaLabel(owner.getTranslation("enterprise.portfolio.siteName"));
        this.owner.setAriaLabel(owner.getTranslation("enterprise.portfolio.owner"));
        previousPlan.setAriaLabel(owner.getTranslation("enterprise.portfolio.previousPlan"));
        currentPlan.setAriaLabel(owner.getTranslation("enterprise.portfolio.currentPlan"));
        existedAtPrevious.setAriaLabel(owner.getTranslation("enterprise.portfolio.previousDate"));
        activeAtCurrent.setAriaLabel(owner.getTranslation("enterprise.portfolio.currentDate"));
        List<Component> fields = List.of(siteName, this.owner, previousPlan, currentPlan, existedAtPrevious, activeAtCurrent);
        HeaderRow row = grid.appendHeaderRow();
        for (int i = 0; i < fields.size(); i++) {
            ((com.vaadin.flow.component.HasSize) fields.get(i)).setWidthFull();
            row.getCell(grid.getColumns().get(i)).setComponent(fields.get(i));
        }
        siteName.addValueChangeListener(change -> onChange.run());
        this.owner.addValueChangeListener(change -> onChange.run());
        previousPlan.addValueChangeListener(change -> onChange.run());
        currentPlan.addValueChangeListener(change -> onChange.run());
        existedAtPrevious.addValueChangeListener(change -> onChange.run());
        activeAtCurrent.addValueChangeListener(change -> onChange.run());
    }

    PortfolioFilter filter() {
        return new PortfolioFilter(owner.getValue(), previousPlan.getValue(), currentPlan.getValue(), siteName.getValue(),
                existedAtPrevious.getValue(), activeAtCurrent.getValue());
    }

    private static void plans(Component owner, Select<SitePlan> select, String id, HostingPlans plans) {
        select.setId(id);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation("enterprise.portfolio.allPlans"));
        select.setPlaceholder(owner.getTranslation("enterprise.portfolio.allPlans"));
        select.setItems(plans.codes());
        select.setItemLabelGenerator(plan -> EnterpriseScreens.plan(plans, plan));
    }

    /** Yes or no about the site on an invoice date (empty: any). */
    private static void dated(Component owner, Select<Boolean> select, String id, String yes, String no, String date) {
        select.setId(id);
        select.setEmptySelectionAllowed(true);
        select.setEmptySelectionCaption(owner.getTranslation("enterprise.portfolio.anyState"));
        select.setPlaceholder(owner.getTranslation("enterprise.portfolio.anyState"));
        select.setItems(true, false);
        select.setItemLabelGenerator(value -> value == null ? owner.getTranslation("enterprise.portfolio.anyState")
                : owner.getTranslation(value ? yes : no, date));
    }
}
