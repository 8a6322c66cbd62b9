package org.billingcenter.wallet.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.MoneyRules;
import org.billingcenter.wallet.VoucherService;

/** The operator gives one account an ordinary voucher, with the reason the audit trail keeps. */
class IssueVoucherForm extends VerticalLayout {

    static final int DEFAULT_VALIDITY_DAYS = 90;

    final TextField accountId = new TextField();
    final BigDecimalField amount = new BigDecimalField();
    final IntegerField validityDays = new IntegerField();
    final TextField reason = new TextField();
    final Button issue = new Button();

    /** Kept until the voucher is issued, so a repeated click replays the first issue instead of giving twice. */
    private String idempotencyKey = UUID.randomUUID().toString();

    IssueVoucherForm(VoucherService vouchers, TenantDefinition tenant, WalletFormat format) {
        setPadding(false);
        accountId.setLabel(getTranslation("operatorWallet.accountId"));
        accountId.setId("issue-account");
        accountId.setAllowedCharPattern("[0-9]");
        accountId.setMaxLength(18);
        amount.setLabel(getTranslation("operatorWallet.faceValue", tenant.currency().getCurrencyCode()));
        amount.setId("issue-amount");
        validityDays.setLabel(getTranslation("operatorWallet.validityDays"));
        validityDays.setId("issue-validity");
        validityDays.setValue(DEFAULT_VALIDITY_DAYS);
        validityDays.setMin(1);
        reason.setLabel(getTranslation("operatorWallet.reason"));
        reason.setId("issue-reason");
        reason.setMaxLength(300);
        Forms.clearErrorOnEdit(accountId, amount, validityDays, reason);

        issue.setText(getTranslation("operatorWallet.issue"));
        issue.setId("issue-voucher");
        issue.setDisableOnClick(true);
        issue.addClickListener(click -> {
            try {
                submit(vouchers, tenant, format);
            } finally {
                issue.setEnabled(true);
            }
        });
        add(new FormLayout(accountId, amount, validityDays, reason), issue);
    }

    private void submit(VoucherService vouchers, TenantDefinition tenant, WalletFormat format) {
        if (accountId.getValue().isBlank()) {
            Forms.showError(accountId, getTranslation("validation.required"));
            return;
        }
        if (validityDays.getValue() == null) {
            Forms.showError(validityDays, getTranslation("validation.required"));
            return;
        }
        try {
            MoneyRules.parsePositive(amount.getValue(), tenant.currency());
            Money faceValue = Money.of(amount.getValue(), tenant.currency());
            long account = Long.parseLong(accountId.getValue());
            vouchers.issue(account, faceValue, validityDays.getValue(), reason.getValue(), idempotencyKey);
            idempotencyKey = UUID.randomUUID().toString();
            Forms.notifySuccess(getTranslation("operatorWallet.issued", format.money(faceValue), String.valueOf(account)));
            accountId.clear();
            amount.clear();
            reason.clear();
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            switch (refused.messageKey()) {
                case "wallet.notFound" -> Forms.showError(accountId, message);
                case "voucher.validity" -> Forms.showError(validityDays, message);
                case "wallet.reasonRequired" -> Forms.showError(reason, message);
                default -> {
                    if (refused.messageKey().startsWith("money.")) {
                        Forms.showError(amount, message);
                    } else {
                        Forms.notifyError(message);
                    }
                }
            }
        }
    }
}
