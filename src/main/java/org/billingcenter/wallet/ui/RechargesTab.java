package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;

import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.wallet.Recharge;
import org.billingcenter.wallet.RechargeService;

/**
 * The account's recharges, newest first: online payments and declared bank remittances with their
 * outcome, a remittance with the reference its payer quotes.
 */
class RechargesTab extends VerticalLayout {

    final Grid<Recharge> grid = new Grid<>();

    RechargesTab(RechargeService recharges, WalletFormat format) {
        setPadding(false);
        grid.setId("recharges-grid");
        // On a phone when, how, how much and its status stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, 4, 5, 6, 7);
        grid.addColumn(r -> format.dateTime(r.createdAt())).setHeader(getTranslation("wallet.column.created")).setKey("created");
        grid.addColumn(r -> getTranslation("recharge.method." + r.method().name())).setHeader(getTranslation("wallet.column.method"))
                .setKey("method");
        grid.addColumn(r -> format.money(r.amount())).setHeader(getTranslation("wallet.column.amount")).setKey("amount");
        grid.addColumn(r -> getTranslation("recharge.status." + r.status().name())).setHeader(getTranslation("wallet.column.status"))
                .setKey("status");
        grid.addColumn(r -> format.dateTime(r.completedAt())).setHeader(getTranslation("wallet.column.completed")).setKey("completed");
        grid.addColumn(r -> r.bankReference() == null ? "" : r.bankReference()).setHeader(getTranslation("wallet.column.bankReference"))
                .setKey("bankReference");
        // A remittance's reference opens its printable instruction again, for a payer who has not sent the money yet.
        grid.addComponentColumn(r -> r.remittanceReference() == null ? new Span()
                : new RouterLink(r.remittanceReference(), RemittanceInstructionView.class, r.id()))
                .setHeader(getTranslation("wallet.column.remittanceReference")).setKey("remittanceReference");
        grid.addColumn(r -> r.decisionNote() == null ? "" : r.decisionNote()).setHeader(getTranslation("wallet.column.note"))
                .setKey("note").setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("wallet.recharges.empty"));
        grid.setItems(query -> recharges.myRecharges(Pages.of(query)).stream(), query -> Pages.count(recharges::myRecharges));
        add(grid);
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
