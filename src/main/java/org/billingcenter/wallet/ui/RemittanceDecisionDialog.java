package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.wallet.Recharge;
import org.billingcenter.wallet.RechargeService;

/**
 * The operator's decision on one declared remittance, restated before it is made: confirming
 * credits the account (a note is optional), rejecting needs a reason the holder will read.
 */
class RemittanceDecisionDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button decide = new Button();

    RemittanceDecisionDialog(Recharge remittance, boolean confirming, RechargeService recharges, WalletFormat format,
            Runnable onDecided) {
        setId("decision-dialog");
        setHeaderTitle(getTranslation(confirming ? "operatorWallet.confirmRemittance" : "operatorWallet.rejectRemittance"));
        Paragraph summary = new Paragraph(getTranslation(confirming ? "operatorWallet.confirmSummary" : "operatorWallet.rejectSummary",
                format.money(remittance.amount()), String.valueOf(remittance.accountId()), remittance.payerName(),
                remittance.bankReference() == null ? "–" : remittance.bankReference(), remittance.remittanceReference()));
        summary.setId("decision-summary");
        note.setLabel(getTranslation(confirming ? "operatorWallet.note" : "operatorWallet.reason"));
        note.setId("decision-note");
        note.setMaxLength(500);
        note.setWidthFull();
        note.setRequired(!confirming);
        Forms.clearErrorOnEdit(note);
        add(summary, note);

        decide.setText(getTranslation(confirming ? "operatorWallet.confirmRemittance" : "operatorWallet.rejectRemittance"));
        decide.setId("decision-submit");
        decide.addThemeVariants(confirming ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        decide.setDisableOnClick(true);
        decide.addClickListener(click -> {
            try {
                if (confirming) {
                    recharges.confirmRemittance(remittance.id(), note.getValue());
                } else {
                    recharges.rejectRemittance(remittance.id(), note.getValue());
                }
                close();
                Forms.notifySuccess(getTranslation(confirming ? "operatorWallet.confirmed" : "operatorWallet.rejected"));
                onDecided.run();
            } catch (BusinessRuleException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                if (refused.messageKey().equals("wallet.reasonRequired")) {
                    Forms.showError(note, message);
                } else {
                    // Decided meanwhile (by a colleague) or gone: the list is out of date.
                    close();
                    Forms.notifyError(message);
                    onDecided.run();
                }
            } finally {
                decide.setEnabled(true);
            }
        });
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("decision-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, decide);
    }
}
