package org.billingcenter.wallet.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.RechargeMethod;
import org.billingcenter.wallet.MoneyRules;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.RechargeService.RechargeStarted;

/**
 * Adds cash: online (the holder is sent to the payment provider's checkout) or by bank remittance
 * (declared here, with the tenant's bank account in view; the holder then reads the printable
 * instruction with the reference to quote, and the money is credited once an operator has seen it
 * arrive).
 */
class RechargeDialog extends ConfirmedDialog {

    final RadioButtonGroup<RechargeMethod> method = new RadioButtonGroup<>();
    final RadioButtonGroup<String> provider = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField payerName = new TextField();
    final TextField bankReference = new TextField();
    private final Component payeeAccount;

    private final RechargeService recharges;
    private final TenantDefinition tenant;
    private final WalletFormat format;
    private final Runnable onRecorded;

    RechargeDialog(RechargeService recharges, TenantDefinition tenant, WalletFormat format, Runnable onRecorded) {
        super("recharge", "recharge.title");
        this.recharges = recharges;
        this.tenant = tenant;
        this.format = format;
        this.onRecorded = onRecorded;
        Currency currency = tenant.currency();

        method.setLabel(getTranslation("recharge.method"));
        method.setId("recharge-method");
        method.setItems(tenant.rechargeMethods());
        method.setItemLabelGenerator(m -> getTranslation("recharge.method." + m.name()));
        method.setValue(tenant.rechargeMethods().getFirst());
        method.addValueChangeListener(change -> showRemittanceFields());

        List<String> providers = tenant.rechargeMethods().contains(RechargeMethod.ONLINE_PAYMENT) ? recharges.onlineProviders() : List.of();
        provider.setLabel(getTranslation("recharge.provider"));
        provider.setId("recharge-provider");
        provider.setItems(providers);
        provider.setItemLabelGenerator(id -> getTranslation("recharge.provider." + id));
        if (!providers.isEmpty()) {
            provider.setValue(providers.getFirst());
        }
        provider.addValueChangeListener(change -> showRemittanceFields());

        amount.setLabel(getTranslation("recharge.amount", currency.getCurrencyCode()));
        amount.setId("recharge-amount");
        amount.setHelperText(getTranslation("recharge.amountRange", money(tenant.recharge().minimum()),
                money(tenant.recharge().maximum())));
        payerName.setLabel(getTranslation("recharge.payerName"));
        payerName.setId("payer-name");
        payerName.setMaxLength(200);
        bankReference.setLabel(getTranslation("recharge.bankReference"));
        bankReference.setId("bank-reference");
        bankReference.setHelperText(getTranslation("recharge.bankReferenceHelp"));
        bankReference.setMaxLength(100);
        Forms.clearErrorOnEdit(amount, payerName, bankReference);
        payeeAccount = tenant.payeeAccount().<Component>map(payee -> new Div(new Paragraph(getTranslation("recharge.payeeIntro")),
                new PayeeAccountDetails(payee))).orElseGet(Div::new);
        addFields(method, provider, amount, payeeAccount, payerName, bankReference);
        showRemittanceFields();
    }

    private boolean byRemittance() {
        return method.getValue() == RechargeMethod.BANK_REMITTANCE;
    }

    private void showRemittanceFields() {
        provider.setVisible(!byRemittance() && provider.getListDataView().getItemCount() > 1);
        payerName.setVisible(byRemittance());
        bankReference.setVisible(byRemittance());
        payeeAccount.setVisible(byRemittance());
    }

    @Override
    protected Optional<String> summaryOfValidInput() {
        try {
            MoneyRules.requireWithin(MoneyRules.parsePositive(amount.getValue(), tenant.currency()),
                    tenant.recharge().minimum(), tenant.recharge().maximum());
        } catch (BusinessRuleException refused) {
            showRefusal(refused);
            return Optional.empty();
        }
        if (byRemittance() && blank(payerName)) {
            return Optional.empty();
        }
        String how = getTranslation("recharge.method." + method.getValue().name());
        if (!byRemittance() && provider.getValue() != null) {
            how += " · " + getTranslation("recharge.provider." + provider.getValue());
        }
        String text = getTranslation("recharge.summary", money(amount.getValue()), how);
        if (byRemittance()) {
            text += " " + (bankReference.getValue().isBlank() ? getTranslation("recharge.summaryRemittancePayer", payerName.getValue().strip())
                    : getTranslation("recharge.summaryRemittance", payerName.getValue().strip(), bankReference.getValue().strip()));
        }
        return Optional.of(text);
    }

    private boolean blank(TextField field) {
        if (field.getValue().isBlank()) {
            Forms.showError(field, getTranslation("validation.required"));
            return true;
        }
        return false;
    }

    @Override
    protected void execute() {
        if (byRemittance()) {
            long orderId = recharges.recordRemittance(amount.getValue(), payerName.getValue(), bankReference.getValue(), idempotencyKey);
            close();
            Forms.notifySuccess(getTranslation("recharge.remittanceRecorded"));
            onRecorded.run();
            UI.getCurrent().navigate(RemittanceInstructionView.class, orderId);
        } else {
            RechargeStarted started = recharges.startOnlineRecharge(provider.getValue(), amount.getValue(), idempotencyKey);
            close();
            if (started.checkoutUrl().startsWith("https://") || started.checkoutUrl().startsWith("http://")) {
                UI.getCurrent().getPage().setLocation(started.checkoutUrl()); // the provider's own page
            } else {
                UI.getCurrent().navigate(started.checkoutUrl());
            }
        }
    }

    @Override
    protected void showRefusal(BusinessRuleException refused) {
        String message = translate(refused);
        if (refused.messageKey().startsWith("money.")) {
            Forms.showError(amount, message);
        } else if (refused.messageKey().equals("recharge.remittanceDetailsRequired")) {
            Forms.showError(payerName, message);
        } else {
            Forms.notifyError(message);
        }
    }

    /** Only called with amounts already checked to fit the currency, so nothing is cut off. */
    private String money(BigDecimal value) {
        return format.money(Money.of(value.setScale(tenant.currency().getDefaultFractionDigits(), RoundingMode.DOWN),
                tenant.currency()));
    }
}
