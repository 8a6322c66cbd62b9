package org.billingcenter.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.billingcenter.audit.Revision;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The rules of tickets, called as the services' callers would, without the screens. */
class TicketServicesTest extends ApplicationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

    @Autowired
    TicketService tickets;
    @Autowired
    TicketDeskService desk;
    @Autowired
    Notifications notifications;

    long open(SignedInUser customer, String subject, String details) {
        return as(customer, () -> tickets.open(new NewTicket("BILLING", subject, details, List.of())));
    }

    @Test
    void aConversationMovesThroughTheStatusesAndIsAudited() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long id = open(owner, "Invoice missing", "Where is my October invoice?");
        assertThat(as(operator, () -> desk.counts()).awaitingStaff()).isPositive();

        as(operator, () -> desk.reply(id, "It is on its way.", null, List.of()));
        assertThat(as(owner, () -> tickets.myTicket(id)).ticket().status()).isEqualTo(TicketStatus.WAITING_FOR_CUSTOMER);
        assertThat(as(owner, () -> notifications.unreadCount())).isEqualTo(1);

        as(owner, () -> tickets.reply(id, "Thanks, still nothing.", List.of()));
        assertThat(as(owner, () -> tickets.myTicket(id)).ticket().status()).isEqualTo(TicketStatus.OPEN);

        as(operator, () -> desk.changeStatus(id, TicketStatus.RESOLVED, "Invoice re-sent"));
        as(owner, () -> tickets.rate(id, 5, "Quick"));
        as(owner, () -> tickets.close(id));
        TicketSummary closed = as(owner, () -> tickets.myTicket(id)).ticket();
        assertThat(closed.status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(closed.resolvedAt()).isNotNull();
        assertThat(closed.closedAt()).isNotNull();
        assertThat(closed.rating()).isEqualTo(5);
        assertThatThrownBy(() -> as(owner, () -> tickets.reply(id, "again", List.of())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("ticket.closed");

        List<Revision> history = as(operator, () -> desk.history(id));
        assertThat(history).anySatisfy(revision -> {
            assertThat(revision.actor()).isEqualTo(operator.email());
            assertThat(Message.render(revision.reason(), Locale.ENGLISH)).isEqualTo("Status set to Resolved: Invoice re-sent");
        });
    }

    @Test
    void internalNotesNeverReachTheCustomer() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        long id = open(owner, "Refund", "Please refund.");
        as(operator, () -> desk.addInternalNote(id, "Customer is on a discount plan"));

        assertThat(as(owner, () -> tickets.myTicket(id)).thread()).extracting(TicketMessage::body)
                .doesNotContain("Customer is on a discount plan");
        assertThat(as(operator, () -> desk.ticket(id)).thread()).extracting(TicketMessage::body)
                .contains("Customer is on a discount plan");
        assertThat(as(owner, () -> tickets.myTickets(new TicketFilter(null, null, "discount", Set.of(), null), PageRequest.of(0, 10))))
                .isEmpty();
    }

    @Test
    void customersSeeTheirOwnAccountsTicketsOnly() {
        SignedInUser mine = newOwner(INTL);
        SignedInUser colleague = newMember(mine, Role.MEMBER);
        SignedInUser other = newOwner(INTL);
        long id = open(mine, "Mine", "details");

        assertThat(as(colleague, () -> tickets.myTicket(id)).ticket().subject()).isEqualTo("Mine");
        assertThatThrownBy(() -> as(other, () -> tickets.myTicket(id))).hasMessageContaining("ticket.notFound");
        assertThatThrownBy(() -> as(other, () -> tickets.reply(id, "hijack", List.of()))).hasMessageContaining("ticket.notFound");
        assertThat(as(other, () -> tickets.myTickets(TicketFilter.all(), PageRequest.of(0, 10)))).isEmpty();
    }

    @Test
    void operatorsOfAnotherTenantFindNothing() {
        long id = open(newOwner(INTL), "Only for lumen-intl", "details");
        SignedInUser foreign = newOperator(CN);
        assertThatThrownBy(() -> as(foreign, () -> desk.ticket(id))).hasMessageContaining("ticket.notFound");
        assertThatThrownBy(() -> as(foreign, () -> desk.reply(id, "hello", null, List.of()))).hasMessageContaining("ticket.notFound");
        assertThatThrownBy(() -> as(foreign, () -> desk.history(id))).hasMessageContaining("ticket.notFound");
        assertThat(as(foreign, () -> desk.queue(QueueFilter.awaitingStaff(), PageRequest.of(0, 100))))
                .noneMatch(ticket -> ticket.id() == id);
    }

    @Test
    void customersCannotUseTheDesk() {
        SignedInUser owner = newOwner(INTL);
        long id = open(owner, "x", "y");
        assertThatThrownBy(() -> as(owner, () -> desk.reply(id, "self-answer", null, List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(owner, () -> desk.queue(QueueFilter.awaitingStaff(), PageRequest.of(0, 1))))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        assertThatThrownBy(() -> open(auditor, "x", "y")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void attachmentsAreCheckedByTheirContent() {
        SignedInUser owner = newOwner(INTL);
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> as(owner, () -> tickets.open(new NewTicket("BILLING", "s", "d",
                List.of(new NewAttachment("screenshot.png", executable)))))).hasMessageContaining("ticket.fileType");
        assertThatThrownBy(() -> as(owner, () -> tickets.open(new NewTicket("BILLING", "s", "d",
                List.of(new NewAttachment("notes.txt", PNG)))))).hasMessageContaining("ticket.fileType");
        assertThatThrownBy(() -> as(owner, () -> tickets.open(new NewTicket("BILLING", "s", "d",
                List.of(new NewAttachment("big.txt", new byte[5 * 1024 * 1024 + 1])))))).hasMessageContaining("ticket.fileTooLarge");
        assertThat(as(owner, () -> tickets.myTickets(TicketFilter.all(), PageRequest.of(0, 10)))).isEmpty();

        long id = as(owner, () -> tickets.open(new NewTicket("BILLING", "s", "d",
                List.of(new NewAttachment("screen.png", PNG), new NewAttachment("log.txt", "line one\n".getBytes(StandardCharsets.UTF_8))))));
        TicketMessage first = as(owner, () -> tickets.myTicket(id)).thread().getFirst();
        assertThat(first.attachments()).extracting(AttachmentInfo::contentType).containsExactly("image/png", "text/plain");
        AttachmentFile file = as(owner, () -> tickets.attachment(id, first.attachments().getFirst().id()));
        assertThat(file.content()).isEqualTo(PNG);
    }

    @Test
    void theListFiltersByDayAndKeyword() {
        SignedInUser owner = newOwner(INTL);
        open(owner, "Early question", "about recharge");
        clock.advance(Duration.ofDays(3));
        open(owner, "Later question", "about invoices");
        // 2026-11-18T04:00Z is still the 17th in Los Angeles, lumen-intl's time zone.
        LocalDate laterDay = LocalDate.of(2026, 11, 17);

        assertThat(as(owner, () -> tickets.myTickets(new TicketFilter(laterDay, laterDay, null, Set.of(), null), PageRequest.of(0, 10))))
                .extracting(TicketSummary::subject).containsExactly("Later question");
        assertThat(as(owner, () -> tickets.myTickets(new TicketFilter(null, null, "RECHARGE", Set.of(), null), PageRequest.of(0, 10))))
                .extracting(TicketSummary::subject).containsExactly("Early question");
        assertThat(as(owner, () -> tickets.myTickets(new TicketFilter(null, null, "100%", Set.of(), null), PageRequest.of(0, 10))))
                .isEmpty();
    }
}
