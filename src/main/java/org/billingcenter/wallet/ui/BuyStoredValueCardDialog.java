package org.billingcenter.wallet.ui;

import java.math.BigDecimal;
import java.util.Optional;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.StoredValueCards;
import org.billingcenter.wallet.StoredValueCardService;
import org.billingcenter.wallet.StoredValueCardService.CardPurchase;

/**
 * Buys a stored-value card with the account's cash. Before confirming, the holder sees the
 * full-reduction voucher the purchase earns, if any, as the tenant's thresholds grant it.
 */
class BuyStoredValueCardDialog extends ConfirmedDialog {

    final IntegerField faceValue = new IntegerField();
    final Span reward = new Span();

    private final StoredValueCardService cards;
    private final TenantDefinition tenant;
    private final WalletFormat format;
    private final Runnable onBought;

    BuyStoredValueCardDialog(StoredValueCardService cards, TenantDefinition tenant, WalletFormat format, Runnable onBought) {
        super("card", "card.title");
        this.cards = cards;
        this.tenant = tenant;
        this.format = format;
        this.onBought = onBought;
        StoredValueCards rules = tenant.storedValueCards();

        faceValue.setLabel(getTranslation("card.faceValueLabel", tenant.currency().getCurrencyCode()));
        faceValue.setId("card-face-value");
        faceValue.setHelperText(getTranslation("card.faceValueHelp", rules.faceValueStep(), rules.minimumFaceValue()));
        faceValue.setMin(rules.minimumFaceValue());
        faceValue.setStep(rules.faceValueStep());
        faceValue.setStepButtonsVisible(true);
        faceValue.addValueChangeListener(change -> reward.setText(rewardText().orElse("")));
        Forms.clearErrorOnEdit(faceValue);
        reward.setId("card-reward");
        addFields(faceValue, reward);
    }

    private Optional<Money> value() {
        try {
            return Optional.of(checkedValue());
        } catch (BusinessRuleException notValid) {
            return Optional.empty();
        }
    }

    /** The typed face value, checked by the same rule the purchase applies. */
    private Money checkedValue() {
        Integer typed = faceValue.getValue();
        StoredValueCards rules = tenant.storedValueCards();
        if (typed == null) {
            throw new BusinessRuleException("card.faceValue", rules.faceValueStep(), rules.minimumFaceValue());
        }
        Money money = Money.of(BigDecimal.valueOf(typed), tenant.currency());
        StoredValueCardService.requireValidFaceValue(tenant, money);
        return money;
    }

    private Optional<String> rewardText() {
        return value().flatMap(cards::rewardFor).map(voucher -> getTranslation("card.reward", format.money(voucher)));
    }

    @Override
    protected Optional<String> summaryOfValidInput() {
        try {
            checkedValue();
        } catch (BusinessRuleException refused) {
            Forms.showError(faceValue, getTranslation(refused.messageKey(), refused.arguments()));
            return Optional.empty();
        }
        String text = getTranslation("card.summary", format.money(value().get()), tenant.storedValueCards().validityMonths());
        return Optional.of(rewardText().map(rewardLine -> text + " " + rewardLine).orElse(text));
    }

    @Override
    protected void execute() {
        Money bought = value().orElseThrow();
        CardPurchase purchase = cards.buy(bought, idempotencyKey);
        close();
        Forms.notifySuccess(getTranslation(purchase.rewardVoucherLotId() == null ? "card.bought" : "card.boughtWithReward",
                format.money(bought), purchase.cardNumber()));
        onBought.run();
    }

    @Override
    protected void showRefusal(BusinessRuleException refused) {
        Forms.showError(faceValue, translate(refused));
    }
}
