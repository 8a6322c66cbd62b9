package org.billingcenter.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.RecentSignIn;
import org.billingcenter.account.SignInSecurityService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/** The person's sign-in e-mail (changed with a code to the old and one to the new address) and recent sign-ins. */
class SignInSecurityPanel extends VerticalLayout {

    private final SignInSecurityService security;

    final EmailField newEmail = new EmailField();
    final Button sendCodes = new Button();
    final Paragraph pending = new Paragraph();
    final TextField oldCode = new TextField();
    final TextField newCode = new TextField();
    final Button confirm = new Button();
    final Grid<RecentSignIn> signIns = new Grid<>();

    SignInSecurityPanel(SignInSecurityService security, ZoneId zone) {
        this.security = security;
        setPadding(false);
        newEmail.setLabel(getTranslation("security.newEmail"));
        newEmail.setId("new-sign-in-email");
        sendCodes.setText(getTranslation("security.sendCodes"));
        sendCodes.setId("send-codes");
        sendCodes.addClickListener(click -> start());
        pending.setId("email-change-pending");
        oldCode.setLabel(getTranslation("security.oldCode"));
        oldCode.setId("old-code");
        newCode.setLabel(getTranslation("security.newCode"));
        newCode.setId("new-code");
        confirm.setText(getTranslation("security.confirmChange"));
        confirm.setId("confirm-email-change");
        confirm.addClickListener(click -> confirm());
        Forms.clearErrorOnEdit(newEmail, oldCode, newCode);

        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        signIns.setId("recent-sign-ins");
        signIns.addColumn(s -> format.format(s.at())).setHeader(getTranslation("security.signedInAt"));
        signIns.addColumn(RecentSignIn::address).setHeader(getTranslation("security.address"));
        signIns.addColumn(RecentSignIn::userAgent).setHeader(getTranslation("security.browser"));
        signIns.setEmptyStateText(getTranslation("security.noSignIns"));
        signIns.setAllRowsVisible(true);
        signIns.setItems(security.recentSignIns());
        add(new H3(getTranslation("security.emailTitle")), new FormLayout(newEmail), sendCodes, pending, new FormLayout(oldCode, newCode),
                confirm, new H3(getTranslation("security.signInsTitle")), signIns);
        showPending();
    }

    private void start() {
        try {
            security.startEmailChange(newEmail.getValue());
            Forms.notifySuccess(getTranslation("security.codesSent"));
            showPending();
        } catch (BusinessRuleException refused) {
            Forms.showError(newEmail, getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void confirm() {
        try {
            security.confirmEmailChange(oldCode.getValue(), newCode.getValue());
            Forms.notifySuccess(getTranslation("security.emailChanged"));
            oldCode.clear();
            newCode.clear();
            newEmail.clear();
        } catch (BusinessRuleException refused) {
            showPending();
            // A change that ended (expired, too many attempts) hides the code fields: say it at the start.
            Forms.showError(newCode.isVisible() ? newCode : newEmail, getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        showPending();
    }

    private void showPending() {
        var change = security.pendingEmailChange();
        pending.setText(change.map(c -> getTranslation("security.pending", c.newEmail(), c.attemptsLeft())).orElse(""));
        oldCode.setVisible(change.isPresent());
        newCode.setVisible(change.isPresent());
        confirm.setVisible(change.isPresent());
    }
}
