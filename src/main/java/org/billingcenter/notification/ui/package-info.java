/**
 * The notification centre a customer reads, and the outbox page where operators of a development
 * or test deployment see the e-mails the portal sent.
 */
package org.billingcenter.notification.ui;
