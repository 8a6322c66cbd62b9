package org.billingcenter.wallet.ui;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.wallet.Lot;
import org.billingcenter.wallet.VoucherService;

/**
 * Turns an activation code into a voucher on the account. No confirmation step: redeeming costs
 * nothing and cannot be regretted. One idempotency key per dialog, as for every money command.
 */
class RedeemVoucherDialog extends Dialog {

    private final String idempotencyKey = UUID.randomUUID().toString();

    final TextField code = new TextField();
    final Button redeem = new Button();

    private final VoucherService vouchers;
    private final WalletFormat format;
    private final Runnable onRedeemed;

    RedeemVoucherDialog(VoucherService vouchers, WalletFormat format, Runnable onRedeemed) {
        this.vouchers = vouchers;
        this.format = format;
        this.onRedeemed = onRedeemed;
        setId("redeem-dialog");
        setHeaderTitle(getTranslation("voucher.redeem.title"));
        code.setLabel(getTranslation("voucher.redeem.code"));
        code.setHelperText(getTranslation("voucher.redeem.codeHelp"));
        code.setId("voucher-code");
        code.setMaxLength(64);
        code.setWidthFull();
        Forms.clearErrorOnEdit(code);
        add(code);

        redeem.setText(getTranslation("voucher.redeem.submit"));
        redeem.setId("voucher-redeem");
        redeem.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        redeem.setDisableOnClick(true);
        redeem.addClickListener(click -> submit());
        Button cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("redeem-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        getFooter().add(cancel, redeem);
    }

    void submit() {
        redeem.setEnabled(false);
        try {
            if (code.getValue().isBlank()) {
                Forms.showError(code, getTranslation("validation.required"));
                return;
            }
            Lot voucher = vouchers.redeem(code.getValue(), idempotencyKey);
            close();
            Forms.notifySuccess(getTranslation("voucher.redeemed", format.money(voucher.faceValue()), format.date(voucher.expiresAt())));
            onRedeemed.run();
        } catch (BusinessRuleException refused) {
            Forms.showError(code, getTranslation(refused.messageKey(), refused.arguments()));
        } finally {
            redeem.setEnabled(true);
        }
    }
}
