package org.billingcenter.billing.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.billing.BalanceAlert.Kind;
import org.billingcenter.billing.BalanceAlert;
import org.billingcenter.billing.BalanceAlertService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantRegistry;

/**
 * The level below which the account hears that its cash runs low, in the portal and by e-mail: a
 * fixed amount or a number of days of spend. Auditors read it; those who move money change it.
 */
@Route("balance-alert")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BalanceAlertView extends VerticalLayout implements HasDynamicTitle {

    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final BigDecimalField threshold = new BigDecimalField();
    final Button save = new Button();

    public BalanceAlertView(BalanceAlertService alerts, TenantRegistry tenants) {
        BalanceAlert current = alerts.myAlert();
        kind.setId("alert-kind");
        kind.setLabel(getTranslation("alert.kind"));
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(value -> getTranslation("alert.kind." + value, tenants.current().currency().getCurrencyCode()));
        kind.setValue(current.kind());
        threshold.setId("alert-threshold");
        threshold.setLabel(getTranslation("alert.threshold"));
        threshold.setValue(current.threshold().stripTrailingZeros());
        Forms.clearErrorOnEdit(threshold);
        save.setId("alert-save");
        save.setText(getTranslation("alert.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(alerts));
        boolean changes = !CurrentUser.require().has(Role.AUDITOR);
        kind.setReadOnly(!changes);
        threshold.setReadOnly(!changes);
        save.setVisible(changes);
        add(new H2(getTranslation("alert.title")), new Paragraph(getTranslation("alert.intro")), kind, threshold, save);
    }

    private void save(BalanceAlertService alerts) {
        try {
            alerts.setMyAlert(new BalanceAlert(kind.getValue(), threshold.getValue()));
            Forms.notifySuccess(getTranslation("alert.saved"));
        } catch (BusinessRuleException invalid) {
            Forms.showError(threshold, getTranslation(invalid.messageKey(), invalid.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alert.title");
    }
}
