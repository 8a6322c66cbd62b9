package org.billingcenter.security;

import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.SignInSucceeded;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Checks e-mail (or verified phone number) and password against the current tenant's users,
 * behind the sign-in throttle. Unknown e-mails and numbers cost a hash comparison too, so timing
 * does not reveal who has an account. The
 * client's address is the request's remote address: behind a reverse proxy it is the client's
 * only when the server is told to trust that proxy's forwarded header (docs/security.md).
 */
@Component
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AccountService accounts;
    private final PasswordEncoder passwordEncoder;
    private final SignInThrottle throttle;
    private final String unknownUserHash;
    private final ApplicationEventPublisher events;

    ThrottledAuthenticationProvider(AccountService accounts, PasswordEncoder passwordEncoder, SignInThrottle throttle,
            ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.unknownUserHash = passwordEncoder.encode(UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String tenant = TenantContext.require();
        String given = String.valueOf(attempt.getName()).strip().toLowerCase(Locale.ROOT);
        SignedInUserPrincipal principal = accounts.findSignIn(given).orElse(null);
        // One count per person, whether they type the e-mail or the phone number: switching between
        // the two buys a guesser nothing. An identifier that names nobody is counted on its own.
        String accountKey = "account:" + tenant + ":" + (principal == null ? given : "user:" + principal.user().userId());
        String addressKey = "address:" + addressOf(attempt);
        Duration wait = throttle.reserve(accountKey);
        if (!wait.isZero()) {
            throw new SignInThrottledException(wait);
        }
        wait = throttle.reserve(addressKey);
        if (!wait.isZero()) {
            throttle.giveBack(accountKey);
            throw new SignInThrottledException(wait);
        }
        // From here both keys count this attempt as a failure; only the right password gives it back.
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        boolean matches = passwordEncoder.matches(password, principal == null ? unknownUserHash : principal.getPassword());
        if (principal == null || !matches) {
            throw new BadCredentialsException("Incorrect e-mail, phone number or password");
        }
        throttle.succeeded(accountKey);
        throttle.giveBack(addressKey);
        if (!principal.isEnabled()) {
            throw new DisabledException("This user is disabled");
        }
        SignedInUserPrincipal signedIn = principal.withoutCredentials();
        events.publishEvent(new SignInSucceeded(tenant, signedIn.user().userId(), addressOf(attempt), userAgent()));
        return UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities());
    }

    private static String addressOf(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : "unknown";
    }

    private static String userAgent() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request
                ? request.getRequest().getHeader("User-Agent") : null;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
