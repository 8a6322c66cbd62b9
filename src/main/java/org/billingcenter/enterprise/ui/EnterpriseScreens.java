package org.billingcenter.enterprise.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;

import org.billingcenter.dashboard.DashboardView;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;

/**
 * What the enterprise screens share: turning away accounts that are not contract accounts (the
 * routes already admit only Administrators; the services refuse the rest as well), and labels.
 */
final class EnterpriseScreens {

    private EnterpriseScreens() {
    }

    /** Sends an Administrator of a pay-as-you-go account back to the dashboard, saying why. */
    static boolean turnAwayNonEnterprise(BeforeEnterEvent event, ContractInvoiceService invoices, Component view) {
        if (invoices.enterpriseAvailable()) {
            return false;
        }
        event.forwardTo(DashboardView.class);
        Notification.show(view.getTranslation("enterprise.onlyContracts"));
        return true;
    }

    /** An invoice that is not the account's (or not there): back to the invoice list, saying why. */
    static void backToInvoices(BeforeEnterEvent event, BusinessRuleException notFound, Component view) {
        event.forwardTo(InvoicesView.class);
        Notification.show(view.getTranslation(notFound.messageKey(), notFound.arguments()));
    }

    /** A plan by the name the tenant file gives it. */
    static String plan(HostingPlans plans, SitePlan plan) {
        return plans.name(plan);
    }

    /** A site's owner, or that nobody is known to own it (kept as empty text in an invoice's portfolio). */
    static String owner(Component view, String owner) {
        return owner == null || owner.isBlank() ? view.getTranslation("enterprise.owner.notDetermined") : owner;
    }

    static String money(Money money, Locale locale) {
        return MoneyFormat.format(money, locale);
    }

    static String label(Component view, Enum<?> value) {
        return value == null ? "" : view.getTranslation("enterprise." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }
}
