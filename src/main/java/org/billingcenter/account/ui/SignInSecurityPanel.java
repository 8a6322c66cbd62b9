package org.billingcenter.account.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;

import org.billingcenter.account.RecentSignIn;
import org.billingcenter.account.SignInSecurityService;

/** The person's sign-in e-mail (changed with a code to the old and one to the new address) and recent sign-ins. */
class SignInSecurityPanel extends VerticalLayout {

    final Grid<RecentSignIn> signIns = new Grid<>();

    SignInSecurityPanel(SignInSecurityService security, ZoneId zone) {
        setPadding(false);
        ContactChangeForm emailChange = new ContactChangeForm(new EmailField(getTranslation("security.newEmail")),
                new ContactChangeForm.Steps(email -> {
                    security.startEmailChange(email);
                    return "security.codesSent";
                }, security::confirmEmailChange, () -> security.pendingEmailChange().map(c -> new ContactChangeForm.Waiting(c.newEmail(),
                        c.attemptsLeft(), "security.oldCode"))),
                new ContactChangeForm.Wording("security.sendCodes", "security.pending", "security.newCode", "security.confirmChange",
                        "security.emailChanged"),
                new ContactChangeForm.Ids("new-sign-in-email", "send-codes", "email-change-pending", "old-code", "new-code",
                        "confirm-email-change"),
                () -> { });

        var format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale()).withZone(zone);
        signIns.setId("recent-sign-ins");
        signIns.addColumn(s -> format.format(s.at())).setHeader(getTranslation("security.signedInAt"));
        signIns.addColumn(RecentSignIn::address).setHeader(getTranslation("security.address"));
        signIns.addColumn(RecentSignIn::userAgent).setHeader(getTranslation("security.browser"));
        signIns.setEmptyStateText(getTranslation("security.noSignIns"));
        signIns.setAllRowsVisible(true);
        signIns.setItems(security.recentSignIns());
        add(new H3(getTranslation("security.emailTitle")), emailChange, new H3(getTranslation("security.signInsTitle")), signIns);
    }
}
