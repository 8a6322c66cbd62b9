/**
 * Telling people what happened. {@link org.billingcenter.notification.Notifications} keeps each
 * billing account's in-app notification centre (ticket replies today, balance warnings and the
 * like tomorrow: any feature may call it); {@link org.billingcenter.notification.Outbox} records
 * every e-mail and text message first and then hands it to a {@link org.billingcenter.notification.MessageSender}
 * (or {@link org.billingcenter.notification.TextSender}),
 * so a message is never lost when the mail server is down and operators can see what was sent.
 */
package org.billingcenter.notification;
