package org.billingcenter.billing.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.i18n.Message;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.billing.BillingRunService;
import org.billingcenter.billing.RunStatus;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantRegistry;

/**
 * Operators start the rating of a past day or the bill run of a closed month and watch it: the
 * list refreshes every two seconds while the page is open. A run that is done changes nothing.
 */
@Route("operator/billing")
@Menu(order = 83, title = "menu.operatorBilling")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillingRunsView extends VerticalLayout implements HasDynamicTitle {

    final DatePicker day = new DatePicker();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final Button runDay = new Button();
    final Button runMonth = new Button();
    final Grid<RunStatus> runs = new Grid<>();
    private final BillingRunService service;

    public BillingRunsView(BillingRunService service, Clock clock, TenantRegistry tenants) {
        this.service = service;
        day.setLabel(getTranslation("runs.day"));
        day.setId("runs-day");
        // Days and months in the tenant's calendar: only finished ones can run.
        LocalDate today = LocalDate.now(clock.withZone(tenants.current().timeZone()));
        day.setMax(today.minusDays(1));
        runDay.setText(getTranslation("runs.runDay"));
        runDay.setId("runs-run-day");
        runDay.addClickListener(click -> {
            if (day.getValue() == null) {
                Forms.showError(day, getTranslation("runs.pickDay"));
                return;
            }
            confirm(getTranslation("runs.confirmDay", day.getValue().toString()), () -> start(() -> service.runDay(day.getValue())));
        });
        YearMonth current = YearMonth.from(today);
        month.setLabel(getTranslation("runs.month"));
        month.setId("runs-month");
        month.setItems(IntStream.rangeClosed(1, 12).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(YearMonth::toString);
        runMonth.setText(getTranslation("runs.runMonth"));
        runMonth.setId("runs-run-month");
        runMonth.addClickListener(click -> {
            if (month.getValue() == null) {
                Forms.showError(month, getTranslation("runs.pickMonth"));
                return;
            }
            confirm(getTranslation("runs.confirmMonth", month.getValue().toString()), () -> start(() -> service.runMonth(month.getValue())));
        });

        Forms.clearErrorOnEdit(day, month);
        runs.setId("runs-grid");
        runs.addColumn(run -> label("runs.kind.", run.kind())).setHeader(getTranslation("runs.column.kind"));
        runs.addColumn(RunStatus::period).setHeader(getTranslation("runs.column.period")).setKey("period");
        runs.addColumn(run -> label("runs.status.", run.status())).setHeader(getTranslation("runs.column.status")).setKey("status");
        runs.addColumn(run -> label("runs.step.", run.step()) + (run.total() > 0 ? " " + run.done() + "/" + run.total() : ""))
                .setHeader(getTranslation("runs.column.progress"));
        runs.addColumn(run -> Message.render(run.message(), getLocale())).setHeader(getTranslation("runs.column.message")).setFlexGrow(2);
        runs.setEmptyStateText(getTranslation("runs.empty"));
        refresh();

        HorizontalLayout controls = new HorizontalLayout(day, runDay, month, runMonth);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        add(new H2(getTranslation("runs.title")), new Paragraph(getTranslation("runs.intro")), controls, runs);
    }

    private void confirm(String text, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("runs.title"), text, getTranslation("runs.start"), event -> action.run());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("runs.cancel"));
        dialog.open();
    }

    private void start(java.util.function.Supplier<?> work) {
        try {
            work.get();
            Notification.show(getTranslation("runs.started"));
            refresh();
        } catch (BusinessRuleException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    void refresh() {
        List<RunStatus> recent = service.recentRuns(50);
        runs.setItems(recent);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(2000);
        event.getUI().addPollListener(poll -> refresh());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("runs.title");
    }

    /** A run's stored code in the reader's words; a code without a label (an older step) shows as it is. */
    private String label(String prefix, String code) {
        if (code == null) {
            return "";
        }
        String key = prefix + code.strip().replace(' ', '_');
        String label = getTranslation(key);
        return label == null || label.contains(key) ? code : label;
    }
}
