package org.billingcenter.ticket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.ticket.QueueFilter.Assignment;
import org.billingcenter.ticket.TicketStatus;
import org.billingcenter.wallet.Recharge;
import org.billingcenter.wallet.RechargeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each queue action of the operator console, and the counts that follow them. Other tests share
 * the tenant's queues, so counts are compared before and after, never as absolute numbers.
 */
class OperatorQueuesTest extends TicketUiTest {

    @Autowired
    RechargeService recharges;

    @Test
    void theCountsFollowATicketThroughItsQueues() {
        SignedInUser customer = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        signIn(operator);
        navigate("operator");
        long awaiting = count("count-tickets-awaiting");
        long unassigned = count("count-tickets-unassigned");
        long waiting = count("count-tickets-waiting");

        switchTo(customer);
        long ticket = openTicket("RECHARGE", "Card declined", "My card was declined.");
        switchTo(operator);
        navigate("operator");
        assertThat(count("count-tickets-awaiting")).isEqualTo(awaiting + 1);
        assertThat(count("count-tickets-unassigned")).isEqualTo(unassigned + 1);
        assertThat(count("count-tickets-mine")).isZero();

        navigate("operator/ticket/" + ticket);
        click("assign-to-me");
        navigate("operator");
        assertThat(count("count-tickets-unassigned")).isEqualTo(unassigned);
        assertThat(count("count-tickets-mine")).isEqualTo(1);

        navigate("operator/ticket/" + ticket);
        type(TextArea.class, "desk-reply", "Please try again, the bank had an outage.");
        click("desk-send");
        navigate("operator");
        assertThat(count("count-tickets-awaiting")).isEqualTo(awaiting);
        assertThat(count("count-tickets-waiting")).isEqualTo(waiting + 1);
    }

    @Test
    void takingAColleaguesTicketNeedsAReasonThatTheHistoryKeeps() {
        SignedInUser customer = newOwner(INTL);
        SignedInUser first = newOperator(INTL);
        SignedInUser second = newOperator(INTL);
        signIn(customer);
        long ticket = openTicket("ACCOUNT", "Cannot add a member", "The invite is refused.");
        switchTo(first);
        navigate("operator/ticket/" + ticket);
        click("assign-to-me");

        switchTo(second);
        navigate("operator/ticket/" + ticket);
        click("assign-to-me");
        assertThat(find(TextField.class, "assign-reason").getErrorMessage()).isEqualTo("Please give a reason.");
        type(TextField.class, "assign-reason", "Covering while on leave");
        click("assign-to-me");
        assertThat(rows("desk-history")).extracting(row -> row.get(1) + " | " + row.get(2)).contains(
                first.email() + " | Assigned to " + first.email(),
                second.email() + " | Assigned to " + second.email() + ": Covering while on leave");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStatusChangeNeedsAReasonAndAnInternalNoteStaysWithStaff() {
        SignedInUser customer = newOwner(INTL);
        signIn(customer);
        long ticket = openTicket("TECHNICAL", "Agent not reporting", "Host metrics stopped.");
        switchTo(newOperator(INTL));
        navigate("operator/ticket/" + ticket);
        Input.type((Select<TicketStatus>) find(Select.class, "desk-status"), TicketStatus.IN_PROGRESS);
        click("desk-change-status");
        assertThat(find(TextField.class, "desk-status-reason").getErrorMessage()).isEqualTo("Please give a reason.");
        assertThat(find(Span.class, "desk-facts").getText()).contains("Open");

        type(TextField.class, "desk-status-reason", "Reproducing on our side");
        click("desk-change-status");
        assertThat(find(Span.class, "desk-facts").getText()).contains("In progress");
        type(TextArea.class, "desk-note", "Looks like the agent 2.3 bug");
        click("desk-add-note");
        assertThat(thread()).contains("Looks like the agent 2.3 bug");
        assertThat(rows("desk-history")).extracting(row -> row.get(2)).contains("Status set to In progress: Reproducing on our side");

        switchTo(customer);
        navigate("support/ticket/" + ticket);
        assertThat(thread()).contains("Status changed to In progress.", "Reproducing on our side")
                .doesNotContain("Looks like the agent 2.3 bug");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theTicketQueueFiltersByWhoseStatusAndKeyword() {
        SignedInUser customer = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        signIn(customer);
        long taken = openTicket("BILLING", "Queue filter taken kiwi", "d");
        long free = openTicket("BILLING", "Queue filter free kiwi", "d");
        switchTo(operator);
        navigate("operator/ticket/" + taken);
        click("assign-to-me");
        navigate("operator");

        type(TextField.class, "queue-keyword", "filter taken kiwi");
        assertThat(subjects()).containsExactly("Queue filter taken kiwi");
        type(TextField.class, "queue-keyword", "kiwi");
        assertThat(subjects()).containsExactlyInAnyOrder("Queue filter taken kiwi", "Queue filter free kiwi");
        Input.type((Select<Assignment>) find(Select.class, "queue-assignment"), Assignment.MINE);
        assertThat(subjects()).containsExactly("Queue filter taken kiwi");
        Input.type((Select<Assignment>) find(Select.class, "queue-assignment"), Assignment.UNASSIGNED);
        assertThat(subjects()).containsExactly("Queue filter free kiwi");
        Input.type((Select<Assignment>) find(Select.class, "queue-assignment"), Assignment.ANYONE);
        type(TextField.class, "queue-keyword", "");
        type(TextField.class, "queue-account", String.valueOf(accountOf(customer).id()));
        assertThat(subjects()).containsExactlyInAnyOrder("Queue filter taken kiwi", "Queue filter free kiwi");
        Input.type((MultiSelectComboBox<TicketStatus>) find(MultiSelectComboBox.class, "queue-statuses"), Set.of(TicketStatus.CLOSED));
        assertThat(subjects()).isEmpty();
        assertThat(free).isNotEqualTo(taken);
    }

    @Test
    void remittancesAreCountedHereAndDecidedInTheWalletConsole() {
        SignedInUser owner = newOwner(HOSTING);
        SignedInUser operator = newOperator(HOSTING);
        signIn(operator);
        navigate("operator");
        long before = count("count-remittances");

        as(owner, () -> recharges.recordRemittance(new BigDecimal("700"), "Contoso AP", "TRX-CONSOLE-1", key()));
        // Back to the console from another page, as the operator would (the open page keeps its figures).
        navigate("operator/wallet");
        navigate("operator");
        assertThat(count("count-remittances")).isEqualTo(before + 1);
        Anchor link = find(Anchor.class, "console-remittances-link");
        assertThat(link.getHref()).isEqualTo("operator/wallet");

        navigate(link.getHref());
        Grid<Recharge> remittances = grid("remittances-grid");
        Recharge mine = GridKt._findAll(remittances).stream().filter(r -> "TRX-CONSOLE-1".equals(r.bankReference())).findFirst()
                .orElseThrow();
        remittances.asSingleSelect().setValue(mine);
        click("remittance-confirm");
        type(TextArea.class, "decision-note", "Seen on the statement");
        click("decision-submit");
        navigate("operator");
        assertThat(count("count-remittances")).isEqualTo(before);
    }

    @Test
    void vouchersAreIssuedFromTheWalletConsoleTheConsoleLeadsTo() {
        signIn(newOperator(INTL));
        navigate("operator");
        Anchor link = find(Anchor.class, "console-vouchers-link");
        navigate(link.getHref());
        find(com.vaadin.flow.component.button.Button.class, "issue-voucher");
        find(com.vaadin.flow.component.button.Button.class, "create-codes");
    }

    private static long count(String id) {
        return Long.parseLong(find(Span.class, id).getText());
    }

    private static java.util.List<String> subjects() {
        return rows("queue-grid").stream().map(row -> row.get(3)).toList();
    }
}
