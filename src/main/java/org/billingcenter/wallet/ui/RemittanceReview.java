package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.billingcenter.wallet.Recharge;
import org.billingcenter.wallet.RechargeService;

/**
 * Bank remittances the holders declared, oldest first, for the operator to confirm or reject one at
 * a time: each with the reference its payer was told to quote beside the amount, to match against
 * the bank statement.
 */
class RemittanceReview extends VerticalLayout {

    final Grid<Recharge> grid = new Grid<>();
    final Button confirm = new Button();
    final Button reject = new Button();
    final TextField search = new TextField();

    RemittanceReview(RechargeService recharges, WalletFormat format) {
        setPadding(false);
        grid.setId("remittances-grid");
        grid.addColumn(r -> format.dateTime(r.createdAt())).setHeader(getTranslation("wallet.column.created")).setKey("created");
        grid.addColumn(Recharge::accountId).setHeader(getTranslation("wallet.column.account")).setKey("account");
        grid.addColumn(r -> format.money(r.amount())).setHeader(getTranslation("wallet.column.amount")).setKey("amount");
        grid.addColumn(Recharge::remittanceReference).setHeader(getTranslation("wallet.column.remittanceReference"))
                .setKey("remittanceReference");
        grid.addColumn(Recharge::payerName).setHeader(getTranslation("wallet.column.payer")).setKey("payer");
        grid.addColumn(Recharge::bankReference).setHeader(getTranslation("wallet.column.bankReference")).setKey("bankReference");
        grid.setEmptyStateText(getTranslation("operatorWallet.noRemittances"));
        grid.setItems(query -> recharges.remittancesAwaitingDecision(search.getValue(), Pages.of(query)).stream(),
                query -> Pages.count(page -> recharges.remittancesAwaitingDecision(search.getValue(), page)));
        search.setId("remittance-search");
        search.setPlaceholder(getTranslation("operatorWallet.searchRemittances"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> {
            grid.setEmptyStateText(getTranslation(change.getValue().isBlank() ? "operatorWallet.noRemittances"
                    : "operatorWallet.noRemittanceMatches"));
            refresh();
        });
        grid.setAllRowsVisible(false);
        grid.setHeight("18rem");

        confirm.setText(getTranslation("operatorWallet.confirmRemittance"));
        confirm.setId("remittance-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reject.setText(getTranslation("operatorWallet.rejectRemittance"));
        reject.setId("remittance-reject");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        grid.asSingleSelect().addValueChangeListener(change -> enableDecisions());
        confirm.addClickListener(click -> decide(recharges, format, true));
        reject.addClickListener(click -> decide(recharges, format, false));
        enableDecisions();
        add(search, grid, new HorizontalLayout(confirm, reject));
    }

    private void enableDecisions() {
        boolean selected = grid.asSingleSelect().getValue() != null;
        confirm.setEnabled(selected);
        reject.setEnabled(selected);
    }

    private void decide(RechargeService recharges, WalletFormat format, boolean confirming) {
        Recharge remittance = grid.asSingleSelect().getValue();
        if (remittance != null) {
            new RemittanceDecisionDialog(remittance, confirming, recharges, format, this::refresh).open();
        }
    }

    void refresh() {
        grid.asSingleSelect().clear();
        grid.getDataProvider().refreshAll();
    }
}
