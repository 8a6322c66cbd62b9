package org.billingcenter.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.billingcenter.enterprise.ContractDesk;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.InvoicePayments;
import org.billingcenter.enterprise.InvoiceStatus;
import org.billingcenter.enterprise.NewInvoicePayment;
import org.billingcenter.enterprise.SiteDesk;
import org.billingcenter.enterprise.StaffInvoice;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;

/** A contract's invoices for the staff: what each totals, what is paid and by when, and recording a payment that arrived. */
@Route("operator/contracts/invoices")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ContractInvoicesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<StaffInvoice> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final InvoicePayments payments;
    private final SiteDesk sites;
    private final ContractDesk contracts;
    private final ContractInvoiceService invoicing;
    private long contractId;

    public ContractInvoicesView(InvoicePayments payments, SiteDesk sites, ContractDesk contracts, ContractInvoiceService invoicing) {
        this.payments = payments;
        this.sites = sites;
        this.contracts = contracts;
        this.invoicing = invoicing;
        grid.setId("contract-invoices");
        grid.addColumn(StaffInvoice::number).setHeader(getTranslation("payments.number")).setKey("number").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(StaffInvoice::invoiceDate).setHeader(getTranslation("payments.invoiceDate"));
        grid.addColumn(StaffInvoice::dueOn).setHeader(getTranslation("payments.dueOn"));
        grid.addColumn(i -> EnterpriseScreens.label(this, i.status())).setHeader(getTranslation("payments.status")).setKey("status");
        grid.addColumn(i -> EnterpriseScreens.money(i.total(), getLocale())).setHeader(getTranslation("payments.total"));
        grid.addColumn(i -> EnterpriseScreens.money(i.paid(), getLocale())).setHeader(getTranslation("payments.paid")).setKey("paid");
        grid.addComponentColumn(this::recordButton);
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("payments.empty"));
        empty.setId("contract-invoices-empty");
        // The hourly run issues due invoices anyway; staff need not wait for it (nothing not yet due is issued).
        Button issueDue = new Button(getTranslation("payments.issueDue"), click -> issueDue());
        issueDue.setId("issue-due-invoices");
        add(new H2(getTranslation("payments.title")), issueDue, empty, grid);
    }

    @Override
    public void setParameter(BeforeEvent event, Long contract) {
        contractId = contract;
        try {
            refresh();
        } catch (BusinessRuleException notFound) {
            event.forwardTo(ContractDeskView.class);
            Forms.notifyError(getTranslation(notFound.messageKey()));
        }
    }

    void issueDue() {
        try {
            int issued = invoicing.issueDueInvoices(contracts.contract(contractId).accountId());
            Forms.notifySuccess(getTranslation("payments.issued", issued));
            refresh();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private Button recordButton(StaffInvoice invoice) {
        Button record = new Button(getTranslation("payments.record"), click -> openPayment(invoice));
        record.setId("record-payment-" + invoice.id());
        record.setVisible(invoice.status() != InvoiceStatus.PAID);
        return record;
    }

    void openPayment(StaffInvoice invoice) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("payments.recordTitle", invoice.number(),
                EnterpriseScreens.money(invoice.outstanding(), getLocale())));
        BigDecimalField amount = new BigDecimalField(getTranslation("payments.amount"));
        amount.setId("payment-amount");
        amount.setValue(invoice.outstanding().amount());
        DatePicker paidOn = new DatePicker(getTranslation("payments.paidOn"), sites.today());
        paidOn.setId("payment-date");
        TextField reference = new TextField(getTranslation("payments.reference"));
        reference.setId("payment-reference");
        Button confirm = new Button(getTranslation("payments.record"), click -> {
            try {
                payments.record(invoice.id(), new NewInvoicePayment(amount.getValue(), paidOn.getValue(), reference.getValue()));
                dialog.close();
                Forms.notifySuccess(getTranslation("payments.recorded"));
                refresh();
            } catch (BusinessRuleException e) {
                Forms.notifyError(getTranslation(e.messageKey(), e.arguments()));
            } catch (ConstraintViolationException invalid) {
                Forms.notifyError(getTranslation("payments.incomplete"));
            }
        });
        confirm.setId("payment-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(amount, paidOn, reference));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        var invoices = payments.invoices(contractId);
        grid.setItems(invoices);
        grid.setVisible(!invoices.isEmpty());
        empty.setVisible(invoices.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.title");
    }
}
