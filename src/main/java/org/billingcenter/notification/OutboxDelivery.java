package org.billingcenter.notification;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one outbox message (e-mail or text) in a transaction of its own, so a failing mail server never undoes
 * the change the message reports; a failure is recorded on the message and retried later.
 */
@Component
class OutboxDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboxDelivery.class);

    private final OutboxMessageRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final MessageSender sender;
    private final TextSender texts;
    private final NotificationProperties properties;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    OutboxDelivery(OutboxMessageRepository messages, OutboxAttachmentRepository attachments, MessageSender sender, TextSender texts, NotificationProperties properties,
            PlatformTransactionManager transactions, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.sender = sender;
        this.texts = texts;
        this.properties = properties;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** Must run with the message's tenant bound to the thread. */
    void deliver(long messageId) {
        newTransaction.executeWithoutResult(status -> messages.lockById(messageId).filter(OutboxMessage::isPending)
                .ifPresent(message -> {
                    try {
                        if (message.getChannel() == OutboxChannel.SMS) {
                            texts.send(message.getRecipient(), message.getBody());
                        } else {
                            sender.send(message.getRecipient(), message.getSubject(), message.getBody(),
                                    attachments.findByMessageIdOrderById(messageId).stream().map(OutboxAttachment::view).toList());
                        }
                        message.sent(clock.instant());
                    } catch (RuntimeException e) {
                        log.warn("Message {} to {} not sent: {}", messageId, message.getRecipient(), e.getMessage());
                        message.failed(e.getMessage(), properties.maxAttempts());
                    }
                }));
    }
}
