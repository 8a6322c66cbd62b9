package org.billingcenter.account.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.PhoneChangeService;

/** The person's phone number (shown masked), changed with a code to the old and one to the new phone. */
class PhoneChangePanel extends VerticalLayout {

    PhoneChangePanel(PhoneChangeService phones) {
        setPadding(false);
        Paragraph current = new Paragraph();
        current.setId("current-phone");
        TextField newPhone = new TextField(getTranslation("phone.newPhone"));
        newPhone.setMaxLength(40);
        ContactChangeForm form = new ContactChangeForm(newPhone, new ContactChangeForm.Steps(
                phone -> phones.startPhoneChange(phone).oldCodeByEmail() ? "phone.codesSentNoPhone" : "phone.codesSent",
                phones::confirmPhoneChange,
                () -> phones.pendingPhoneChange().map(c -> new ContactChangeForm.Waiting(c.newPhone(), c.attemptsLeft(),
                        c.oldCodeByEmail() ? "phone.oldCodeByEmail" : "phone.oldCode"))),
                new ContactChangeForm.Wording("phone.sendCodes", "phone.pending", "phone.newCode", "phone.confirmChange", "phone.changed"),
                new ContactChangeForm.Ids("new-phone", "send-phone-codes", "phone-change-pending", "old-phone-code", "new-phone-code",
                        "confirm-phone-change"),
                () -> current.setText(phones.myPhone().map(phone -> getTranslation("phone.current", phone))
                        .orElse(getTranslation("phone.none"))));
        add(new H3(getTranslation("phone.title")), current, form);
    }
}
