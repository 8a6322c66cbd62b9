package org.billingcenter.wallet.ui;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.RemittanceInstruction;
import org.billingcenter.wallet.RemittanceInstructions;

/**
 * The printable instruction of a declared bank remittance: where to send the money, how much, and
 * the reference to quote. The print style sheet leaves out the portal's navigation and buttons.
 */
@Route("wallet/remittance")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
public class RemittanceInstructionView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final RemittanceInstructions instructions;
    private final TenantRegistry tenants;

    public RemittanceInstructionView(RemittanceInstructions instructions, TenantRegistry tenants) {
        this.instructions = instructions;
        this.tenants = tenants;
        setId("remittance-instruction");
        addClassName("bc-remittance-instruction");
    }

    @Override
    public void setParameter(BeforeEvent event, Long orderId) {
        removeAll();
        add(new H2(getTranslation("remittance.instruction.title")));
        try {
            show(instructions.of(orderId));
        } catch (BusinessRuleException refused) {
            Paragraph missing = new Paragraph(getTranslation(refused.messageKey(), refused.arguments()));
            missing.setId("remittance-instruction-missing");
            add(missing, backToWallet());
        }
    }

    private void show(RemittanceInstruction instruction) {
        var tenant = tenants.current();
        WalletFormat format = new WalletFormat(UI.getCurrent().getLocale(), tenant.timeZone());
        Paragraph intro = new Paragraph(getTranslation("remittance.instruction.intro", tenant.brandName()));
        Div amount = figure("remittance-amount", "remittance.instruction.amount", format.money(instruction.amount()));
        Div reference = figure("remittance-reference", "remittance.instruction.reference", instruction.reference());
        reference.addClassName("bc-remittance-reference");
        Paragraph quote = new Paragraph(getTranslation("remittance.instruction.quote"));
        Paragraph declared = new Paragraph(getTranslation("remittance.instruction.declared", instruction.payerName(),
                format.dateTime(instruction.declaredAt()), getTranslation("recharge.status." + instruction.status().name())));
        declared.setId("remittance-declared");
        Button print = new Button(getTranslation("remittance.instruction.print"),
                click -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.setId("remittance-print");
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout actions = new HorizontalLayout(print, backToWallet());
        actions.addClassName("bc-no-print");
        add(intro, amount, reference, quote, new PayeeAccountDetails(instruction.payee()), declared, actions);
    }

    private Div figure(String id, String labelKey, String value) {
        Span shown = new Span(value);
        shown.setId(id);
        shown.addClassName("bc-remittance-figure");
        return new Div(new Span(getTranslation(labelKey) + " "), shown);
    }

    private Button backToWallet() {
        Button back = new Button(getTranslation("remittance.instruction.back"), click -> UI.getCurrent().navigate("wallet"));
        back.setId("remittance-back");
        return back;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("remittance.instruction.title");
    }
}
