package org.billingcenter.operator.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.CloudSubscriptionBuffer;
import org.billingcenter.account.SettlementFreedomService;
import org.billingcenter.notification.Outbox;
import org.billingcenter.operator.OperatorQueues;
import org.billingcenter.operator.QueueOverview;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.shared.ui.FigureCard;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.ticket.ui.TicketQueue;

/**
 * The staff's start page: the count of every queue that waits for them, the ticket queue itself,
 * and the way to the wallet console, where remittances are decided and vouchers and activation
 * codes issued (those screens live with the wallet and are not repeated here).
 */
@Route("operator")
@Menu(order = 79, title = "menu.operatorConsole")
@RolesAllowed(Role.Names.OPERATOR)
public class OperatorConsoleView extends VerticalLayout implements HasDynamicTitle {

    static final String WALLET_CONSOLE = "operator/wallet";

    public OperatorConsoleView(OperatorQueues queues, TicketDeskService desk, Outbox outbox, TenantRegistry tenants,
            AccountService accounts, CloudAccountService cloudAccounts, SettlementFreedomService freedom,
            CloudSubscriptionBuffer buffer) {
        QueueOverview overview = queues.overview();
        Div figures = new Div(
                new FigureCard(getTranslation("console.ticketsAwaiting"), String.valueOf(overview.ticketsAwaitingStaff()),
                        "count-tickets-awaiting").primary(),
                new FigureCard(getTranslation("console.ticketsUnassigned"), String.valueOf(overview.ticketsUnassigned()),
                        "count-tickets-unassigned"),
                new FigureCard(getTranslation("console.ticketsMine"), String.valueOf(overview.ticketsMine()), "count-tickets-mine"),
                new FigureCard(getTranslation("console.ticketsWaitingForCustomer"), String.valueOf(overview.ticketsWaitingForCustomer()),
                        "count-tickets-waiting"),
                new FigureCard(getTranslation("console.remittances"), String.valueOf(overview.remittancesToConfirm()),
                        "count-remittances"),
                new FigureCard(getTranslation("console.verifications"), String.valueOf(overview.verificationsToReview()),
                        "count-verifications"),
                new FigureCard(getTranslation("console.invoices"), String.valueOf(overview.invoicesToIssue()), "count-invoices"));
        figures.addClassName("bc-cards");
        add(new H2(getTranslation("console.title")), figures,
                new H3(getTranslation("console.tickets")), new TicketQueue(desk, tenants),
                new H3(getTranslation("console.remittancesTitle")),
                new Paragraph(getTranslation("console.remittancesHint", overview.remittancesToConfirm())),
                walletLink("console-remittances-link", "console.openRemittances"),
                new H3(getTranslation("console.vouchers")), new Paragraph(getTranslation("console.vouchersHint")),
                walletLink("console-vouchers-link", "console.openVouchers"),
                new H3(getTranslation("console.verificationsTitle")),
                link("operator/verifications", "console-verifications-link", "console.openVerifications"),
                new H3(getTranslation("cloudReview.title")), new Paragraph(getTranslation("cloudReview.hint")),
                new CloudAccountReviewPanel(cloudAccounts),
                new H3(getTranslation("cloudBuffer.title")), new Paragraph(getTranslation("cloudBuffer.hint")),
                new CloudSubscriptionStatusPanel(buffer, new Display(tenants.current().timeZone(), getLocale())),
                new H3(getTranslation("settlementFreedom.title")), new Paragraph(getTranslation("settlementFreedom.hint")),
                new SettlementFreedomForm(accounts, freedom),
                new H3(getTranslation("console.invoicesTitle")),
                link("operator/invoices", "console-invoices-link", "console.openInvoices"),
                new H3(getTranslation("console.billingTitle")), new Paragraph(getTranslation("console.billingHint")),
                new HorizontalLayout(link("operator/billing", "console-runs-link", "console.openRuns"),
                        link("operator/bills", "console-bills-link", "console.openBills"),
                        link("operator/usage", "console-usage-link", "console.openUsage")),
                new H3(getTranslation("signInAccess.title")), new Paragraph(getTranslation("signInAccess.hint")),
                new SignInAccessForm(accounts));
        if (outbox.viewable()) {
            Anchor link = new Anchor("operator/outbox", getTranslation("console.outbox"));
            link.setId("console-outbox-link");
            link.getElement().setAttribute("router-link", true);
            add(new H3(getTranslation("outbox.title")), link);
        }
    }

    private Anchor walletLink(String id, String textKey) {
        return link(WALLET_CONSOLE, id, textKey);
    }

    private Anchor link(String path, String id, String textKey) {
        Anchor link = new Anchor(path, getTranslation(textKey));
        link.setId(id);
        // Navigates inside the app, without reloading the page.
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("console.title");
    }
}
