package org.billingcenter.shared.identity;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The Spring Security principal: credentials for the sign-in check, then the {@link SignedInUser}. */
public record SignedInUserPrincipal(SignedInUser user, String passwordHash, boolean enabled) implements UserDetails {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.email();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The hash stays out of the session once sign-in is done. */
    public SignedInUserPrincipal withoutCredentials() {
        return new SignedInUserPrincipal(user, null, enabled);
    }

}
