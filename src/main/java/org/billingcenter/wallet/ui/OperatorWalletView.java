package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.LotExpiryService;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.VoucherService;

/**
 * The tenant staff's wallet console: decide declared bank remittances, give an account a voucher,
 * create activation codes to hand out, and write off what expired vouchers and cards still held.
 * Every service acts in the operator's own tenant only.
 */
@Route("operator/wallet")
@Menu(order = 80, title = "menu.operatorWallet")
@RolesAllowed(Role.Names.OPERATOR)
public class OperatorWalletView extends VerticalLayout implements HasDynamicTitle {

    final Button writeOff = new Button();
    final Span writeOffResult = new Span();

    public OperatorWalletView(RechargeService recharges, VoucherService vouchers, LotExpiryService expiry, TenantRegistry tenants) {
        TenantDefinition tenant = tenants.current();
        WalletFormat format = new WalletFormat(UI.getCurrent().getLocale(), tenant.timeZone());
        add(new H2(getTranslation("operatorWallet.title")),
                new H3(getTranslation("operatorWallet.remittances")), new RemittanceReview(recharges, format));
        if (tenant.offers(Feature.VOUCHERS)) {
            add(new H3(getTranslation("operatorWallet.issueVoucher")), new IssueVoucherForm(vouchers, tenant, format),
                    new H3(getTranslation("operatorWallet.codes")), new ActivationCodesForm(vouchers, tenant, format));
        }
        add(new H3(getTranslation("operatorWallet.expiry")), writeOffRow(expiry));
    }

    private HorizontalLayout writeOffRow(LotExpiryService expiry) {
        writeOff.setText(getTranslation("operatorWallet.writeOff"));
        writeOff.setId("write-off-lots");
        writeOff.setDisableOnClick(true);
        writeOffResult.setId("write-off-result");
        writeOff.addClickListener(click -> {
            try {
                String result = getTranslation("operatorWallet.writtenOff", expiry.writeOffLapsedLots());
                writeOffResult.setText(result);
                Forms.notifySuccess(result);
            } finally {
                writeOff.setEnabled(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(writeOff, writeOffResult);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("operatorWallet.title");
    }
}
