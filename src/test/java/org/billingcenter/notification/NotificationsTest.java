package org.billingcenter.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/** The notification centre any feature posts to, and the outbox every e-mail goes through. */
class NotificationsTest extends ApplicationTest {

    @Autowired
    Notifications notifications;
    @Autowired
    Outbox outbox;

    @Test
    void aFeatureNotifiesAnAccountWhoseMembersReadAndClearIt() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser member = newMember(owner, Role.MEMBER);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> notifications.notify(account, "LOW_BALANCE", "Your balance is below $50.00"));
        SystemIdentity.runAsOperator(INTL, () -> notifications.notify(account, "TICKET_REPLY", "#1 Question"));

        assertThat(as(member, () -> notifications.mine(PageRequest.of(0, 10))).getContent())
                .extracting(AccountNotification::kind, AccountNotification::read)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("LOW_BALANCE", false),
                        org.assertj.core.groups.Tuple.tuple("TICKET_REPLY", false));
        long first = as(owner, () -> notifications.mine(PageRequest.of(0, 10))).getContent().getFirst().id();
        as(owner, () -> notifications.markRead(first));
        assertThat(as(member, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(as(owner, () -> notifications.markAllRead())).isEqualTo(1);
        assertThat(as(member, () -> notifications.unreadCount())).isZero();
    }

    @Test
    void anotherAccountCannotReadOrClearThem() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser stranger = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> notifications.notify(account, "LOW_BALANCE", "Low"));
        long id = as(owner, () -> notifications.mine(PageRequest.of(0, 1))).getContent().getFirst().id();

        assertThat(as(stranger, () -> notifications.mine(PageRequest.of(0, 10)))).isEmpty();
        assertThatThrownBy(() -> as(stranger, () -> notifications.markRead(id))).hasMessageContaining("notification.notFound");
        as(stranger, () -> notifications.markAllRead());
        assertThat(as(owner, () -> notifications.unreadCount())).isEqualTo(1);
    }

    @Test
    void anEmailIsSentAfterCommitAndOnlyOperatorsOfItsTenantSeeIt() {
        SignedInUser owner = newOwner(INTL);
        String to = owner.email();
        SystemIdentity.runAsOperator(INTL, () -> outbox.send(to, "Your invoice", "Attached."));

        SignedInUser operator = newOperator(INTL);
        assertThat(as(operator, () -> outbox.recent(PageRequest.of(0, 50))).getContent()).anySatisfy(message -> {
            assertThat(message.recipient()).isEqualTo(to);
            assertThat(message.status()).isEqualTo(OutboxStatus.SENT);
            assertThat(message.sentAt()).isNotNull();
        });
        assertThat(as(newOperator(HOSTING), () -> outbox.recent(PageRequest.of(0, 500))).getContent())
                .noneMatch(message -> message.recipient().equals(to));
        assertThatThrownBy(() -> as(owner, () -> outbox.recent(PageRequest.of(0, 1)))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aMessageThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        OutboxMessage message = new OutboxMessage("a@example.com", "s", "b", START);
        message.failed("connection refused", 2);
        assertThat(message.isPending()).isTrue();
        message.failed("connection refused", 2);
        assertThat(message.getStatus()).isEqualTo(OutboxStatus.FAILED);
        assertThat(message.getLastError()).isEqualTo("connection refused");
    }
}
