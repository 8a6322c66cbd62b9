package org.billingcenter.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/** Tells a person whose e-mail is not confirmed yet what that holds back, and sends the link again. */
class EmailConfirmationNotice extends HorizontalLayout {

    EmailConfirmationNotice(EmailConfirmationService confirmations) {
        setId("email-not-confirmed");
        setAlignItems(Alignment.BASELINE);
        Paragraph text = new Paragraph(getTranslation("confirmEmail.pending"));
        Button resend = new Button(getTranslation("confirmEmail.resend"));
        resend.setId("resend-confirmation");
        resend.setDisableOnClick(true);
        resend.addClickListener(click -> {
            try {
                confirmations.resendMyLink();
                Forms.notifySuccess(getTranslation("confirmEmail.resent"));
            } catch (BusinessRuleException refused) {
                Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
                resend.setEnabled(true);
            }
        });
        add(text, resend);
    }
}
