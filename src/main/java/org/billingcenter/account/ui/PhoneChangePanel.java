package org.billingcenter.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.PhoneChangeService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/** The person's phone number (shown masked), changed with a code to the old and one to the new phone. */
class PhoneChangePanel extends VerticalLayout {

    private final PhoneChangeService phones;

    final Paragraph current = new Paragraph();
    final TextField newPhone = new TextField();
    final Button sendCodes = new Button();
    final Paragraph pending = new Paragraph();
    final TextField oldCode = new TextField();
    final TextField newCode = new TextField();
    final Button confirm = new Button();

    PhoneChangePanel(PhoneChangeService phones) {
        this.phones = phones;
        setPadding(false);
        current.setId("current-phone");
        newPhone.setLabel(getTranslation("phone.newPhone"));
        newPhone.setId("new-phone");
        newPhone.setMaxLength(40);
        sendCodes.setText(getTranslation("phone.sendCodes"));
        sendCodes.setId("send-phone-codes");
        sendCodes.addClickListener(click -> start());
        pending.setId("phone-change-pending");
        oldCode.setId("old-phone-code");
        newCode.setLabel(getTranslation("phone.newCode"));
        newCode.setId("new-phone-code");
        confirm.setText(getTranslation("phone.confirmChange"));
        confirm.setId("confirm-phone-change");
        confirm.addClickListener(click -> confirm());
        Forms.clearErrorOnEdit(newPhone, oldCode, newCode);
        add(new H3(getTranslation("phone.title")), current, new FormLayout(newPhone), sendCodes, pending, new FormLayout(oldCode, newCode),
                confirm);
        showState();
    }

    private void start() {
        try {
            var change = phones.startPhoneChange(newPhone.getValue());
            Forms.notifySuccess(getTranslation(change.oldCodeByEmail() ? "phone.codesSentNoPhone" : "phone.codesSent"));
            showState();
        } catch (BusinessRuleException refused) {
            Forms.showError(newPhone, getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void confirm() {
        try {
            phones.confirmPhoneChange(oldCode.getValue(), newCode.getValue());
            Forms.notifySuccess(getTranslation("phone.changed"));
            oldCode.clear();
            newCode.clear();
            newPhone.clear();
        } catch (BusinessRuleException refused) {
            showState();
            // A change that ended (expired, too many attempts) hides the code fields: say it at the start.
            Forms.showError(newCode.isVisible() ? newCode : newPhone, getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        showState();
    }

    private void showState() {
        current.setText(phones.myPhone().map(phone -> getTranslation("phone.current", phone)).orElse(getTranslation("phone.none")));
        var change = phones.pendingPhoneChange();
        pending.setText(change.map(c -> getTranslation("phone.pending", c.newPhone(), c.attemptsLeft())).orElse(""));
        change.ifPresent(c -> oldCode.setLabel(getTranslation(c.oldCodeByEmail() ? "phone.oldCodeByEmail" : "phone.oldCode")));
        oldCode.setVisible(change.isPresent());
        newCode.setVisible(change.isPresent());
        confirm.setVisible(change.isPresent());
    }
}
