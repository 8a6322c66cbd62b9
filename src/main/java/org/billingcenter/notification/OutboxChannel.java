package org.billingcenter.notification;

/** How an outbox message travels: as an e-mail to an address, or as a text message to a phone. */
public enum OutboxChannel {
    EMAIL, SMS
}
