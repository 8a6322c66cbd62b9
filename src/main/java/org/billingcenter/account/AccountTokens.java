package org.billingcenter.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Makes and redeems the single-use secrets of e-mailed links. A new secret for a person and
 * purpose retires the earlier ones, so only the latest link works; redeeming is done under a
 * row lock, so a link clicked twice at once still works only once.
 */
@Component
class AccountTokens {

    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A fresh secret for the link; the caller sends it and never stores it. */
    String issue(long userId, AccountToken.Purpose purpose, Duration validity) {
        Instant now = clock.instant();
        tokens.findByUserIdAndPurposeAndUsedAtIsNull(userId, purpose).forEach(earlier -> earlier.use(now));
        String token = InvitationLinks.newToken();
        tokens.save(new AccountToken(userId, purpose, InvitationLinks.hash(token), now, now.plus(validity)));
        return token;
    }

    /** Whether a link would still work, without using it up. */
    boolean isUsable(String token, AccountToken.Purpose purpose) {
        return find(token, purpose).isPresent();
    }

    /** Uses the link up and names whose it was; an unknown, used, expired or foreign link gives nothing. */
    Optional<Long> redeem(String token, AccountToken.Purpose purpose) {
        return find(token, purpose).map(found -> {
            found.use(clock.instant());
            return found.getUserId();
        });
    }

    private Optional<AccountToken> find(String token, AccountToken.Purpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(InvitationLinks.hash(token))
                .filter(found -> found.getPurpose() == purpose && found.isUsableAt(clock.instant()));
    }
}
