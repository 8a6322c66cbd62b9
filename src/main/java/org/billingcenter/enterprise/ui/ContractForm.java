package org.billingcenter.enterprise.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.AccountSummary;
import org.billingcenter.enterprise.ContractAmendment;
import org.billingcenter.enterprise.ContractSummary;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.NewContract;
import org.billingcenter.enterprise.PaymentMethod;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.tenant.TenantDefinition.HostingPlan;

/**
 * The terms of a contract, for a new one (with its account and number) or an amendment (the
 * account, number and start stay as signed). One row per plan of the tenant file: sites included,
 * monthly price per site, and the monthly price of each site beyond. A reason is always asked.
 */
class ContractForm extends Dialog {

    final ComboBox<AccountSummary> account = new ComboBox<>();
    final TextField number = new TextField();
    final DatePicker startsOn = new DatePicker();
    final DatePicker endsOn = new DatePicker();
    final Select<PaymentMethod> paymentMethod = new Select<>();
    final IntegerField invoicingMonths = new IntegerField();
    final BigDecimalField platformFee = new BigDecimalField();
    final TextField reason = new TextField();
    final Button save = new Button();
    private final List<PlanRow> plans = new ArrayList<>();

    /** One plan's allotment fields. */
    record PlanRow(SitePlan plan, IntegerField sites, BigDecimalField price, BigDecimalField overage) {

        NewContract.PlanAllotment value() {
            return new NewContract.PlanAllotment(plan, sites.getValue() == null ? 0 : sites.getValue(), price.getValue(),
                    overage.getValue());
        }
    }

    ContractForm(HostingPlans hostingPlans, List<AccountSummary> accounts, ContractSummary existing) {
        setHeaderTitle(getTranslation(existing == null ? "contractDesk.new" : "contractDesk.amend"));
        setId("contract-form");
        FormLayout terms = new FormLayout();
        if (existing == null) {
            field(account, "contract-account", "contractDesk.account");
            account.setItems(accounts);
            account.setItemLabelGenerator(a -> a.enterpriseName() == null ? "#" + a.id() : a.enterpriseName());
            field(number, "contract-number", "contractDesk.number");
            field(startsOn, "contract-starts", "contractDesk.startsOn");
            terms.add(account, number, startsOn);
        }
        field(endsOn, "contract-ends", "contractDesk.endsOn");
        field(paymentMethod, "contract-payment-method", "contractDesk.paymentMethod");
        paymentMethod.setItems(PaymentMethod.values());
        paymentMethod.setItemLabelGenerator(m -> EnterpriseScreens.label(this, m));
        field(invoicingMonths, "contract-months", "contractDesk.invoicingMonths");
        invoicingMonths.setMin(1);
        invoicingMonths.setMax(12);
        invoicingMonths.setStepButtonsVisible(true);
        field(platformFee, "contract-fee", "contractDesk.platformFee");
        terms.add(endsOn, paymentMethod, invoicingMonths, platformFee);
        add(terms, new H4(getTranslation("contractDesk.allotments")));
        for (HostingPlan plan : hostingPlans.current()) {
            PlanRow row = new PlanRow(SitePlan.of(plan.code()), new IntegerField(plan.name() + " · " + getTranslation("contractDesk.sites")),
                    new BigDecimalField(getTranslation("contractDesk.pricePerSite")), new BigDecimalField(getTranslation("contractDesk.overage")));
            String key = plan.code().toLowerCase();
            row.sites().setId("allot-" + key + "-sites");
            row.price().setId("allot-" + key + "-price");
            row.overage().setId("allot-" + key + "-overage");
            row.sites().setMin(0);
            plans.add(row);
            FormLayout line = new FormLayout(row.sites(), row.price(), row.overage());
            line.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 3));
            add(line);
        }
        field(reason, "contract-reason", "contractDesk.reason");
        reason.setWidthFull();
        add(reason);
        if (existing != null) {
            fill(existing);
        } else {
            invoicingMonths.setValue(NewContract.QUARTERLY);
            paymentMethod.setValue(PaymentMethod.INVOICE_ACH);
            platformFee.setValue(BigDecimal.ZERO);
        }
        save.setText(getTranslation("contractDesk.save"));
        save.setId("contract-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
        setWidth("52rem");
    }

    void onSave(Consumer<ContractForm> action) {
        save.addClickListener(click -> action.accept(this));
    }

    NewContract newContract() {
        return new NewContract(number.getValue(), startsOn.getValue(), endsOn.getValue(), paymentMethod.getValue(),
                invoicingMonths.getValue() == null ? 0 : invoicingMonths.getValue(), platformFee.getValue(), allotments());
    }

    ContractAmendment amendment() {
        return new ContractAmendment(endsOn.getValue(), paymentMethod.getValue(), invoicingMonths.getValue() == null ? 0
                : invoicingMonths.getValue(), platformFee.getValue(), allotments());
    }

    private List<NewContract.PlanAllotment> allotments() {
        return plans.stream().map(PlanRow::value).toList();
    }

    private void fill(ContractSummary existing) {
        endsOn.setValue(existing.endsOn());
        paymentMethod.setValue(existing.paymentMethod());
        invoicingMonths.setValue(existing.invoicingMonths());
        platformFee.setValue(existing.monthlyPlatformFee().amount());
        for (PlanRow row : plans) {
            existing.allotments().stream().filter(a -> a.plan().equals(row.plan())).findFirst().ifPresent(a -> {
                row.sites().setValue(a.sites());
                row.price().setValue(a.monthlyPrice());
                row.overage().setValue(a.overagePrice());
            });
        }
    }

    private void field(com.vaadin.flow.component.HasLabel field, String id, String labelKey) {
        ((com.vaadin.flow.component.Component) field).setId(id);
        field.setLabel(getTranslation(labelKey));
    }
}
