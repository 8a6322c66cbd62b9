package org.billingcenter.wallet.ui;

import java.util.Optional;

import com.vaadin.flow.component.select.Select;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantDefinition.VoucherOffer;
import org.billingcenter.wallet.Lot;
import org.billingcenter.wallet.VoucherPurchaseService;

/**
 * Voucher purchase recharge: the holder picks one of the tenant's voucher offers, reads back what
 * it costs and how long it lasts, and confirms before any cash moves.
 */
class BuyVoucherDialog extends ConfirmedDialog {

    final Select<VoucherOffer> offer = new Select<>();

    private final VoucherPurchaseService purchases;
    private final TenantDefinition tenant;
    private final WalletFormat format;
    private final Runnable onBought;

    BuyVoucherDialog(VoucherPurchaseService purchases, TenantDefinition tenant, WalletFormat format, Runnable onBought) {
        super("buy-voucher", "voucherPurchase.title");
        this.purchases = purchases;
        this.tenant = tenant;
        this.format = format;
        this.onBought = onBought;
        offer.setId("buy-voucher-offer");
        offer.setLabel(getTranslation("voucherPurchase.offer"));
        offer.setItems(purchases.offers());
        offer.setItemLabelGenerator(this::label);
        offer.setWidthFull();
        offer.addValueChangeListener(change -> offer.setInvalid(false));
        addFields(offer);
    }

    private String label(VoucherOffer choice) {
        return choice == null ? "" : getTranslation("voucherPurchase.offerLabel", format.money(money(choice.faceValue())),
                format.money(money(choice.price())), choice.validityDays());
    }

    private Money money(java.math.BigDecimal amount) {
        return Money.of(amount, tenant.currency());
    }

    @Override
    protected Optional<String> summaryOfValidInput() {
        VoucherOffer chosen = offer.getValue();
        if (chosen == null) {
            Forms.showError(offer, getTranslation("voucherPurchase.chooseOffer"));
            return Optional.empty();
        }
        return Optional.of(getTranslation("voucherPurchase.summary", format.money(money(chosen.price())),
                format.money(money(chosen.faceValue())), chosen.validityDays()));
    }

    @Override
    protected void execute() {
        Lot voucher = purchases.buy(offer.getValue().faceValue(), idempotencyKey);
        close();
        Forms.notifySuccess(getTranslation("voucherPurchase.bought", format.money(voucher.faceValue()), format.date(voucher.expiresAt())));
        onBought.run();
    }

    @Override
    protected void showRefusal(BusinessRuleException refused) {
        Forms.showError(offer, translate(refused));
    }
}
