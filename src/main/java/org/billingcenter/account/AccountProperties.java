package org.billingcenter.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The account lifecycle's settings: how long e-mailed links work, how long an unconfirmed sign-up
 * is kept, and how many e-mails of each kind one address or one client may cause per hour.
 *
 * @param confirmationValidity how long the link that confirms a new account's e-mail works
 * @param resetValidity        how long a password reset link works
 * @param unconfirmedKeptFor   how long an account whose e-mail was never confirmed is kept
 * @param perAddressPerHour    sign-ups, invitations, codes and links per e-mail address (or phone) per hour
 * @param perClientPerHour     the same per client network address per hour
 */
@ConfigurationProperties("billing.account")
public record AccountProperties(Duration confirmationValidity, Duration resetValidity, Duration unconfirmedKeptFor,
        Integer perAddressPerHour, Integer perClientPerHour) {

    public AccountProperties {
        confirmationValidity = confirmationValidity == null ? Duration.ofHours(48) : confirmationValidity;
        resetValidity = resetValidity == null ? Duration.ofHours(1) : resetValidity;
        unconfirmedKeptFor = unconfirmedKeptFor == null ? Duration.ofDays(7) : unconfirmedKeptFor;
        perAddressPerHour = perAddressPerHour == null ? 5 : perAddressPerHour;
        perClientPerHour = perClientPerHour == null ? 10 : perClientPerHour;
    }
}
