package org.billingcenter.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true, securedEnabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ThrottledAuthenticationProvider authenticationProvider,
            AccessRefresh accessRefresh) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/tenant-assets/**", "/styles/**", "/actuator/health/**").permitAll());
        http.authenticationProvider(authenticationProvider);
        // Roles come from the database on every request, not from what the session remembers.
        http.addFilterAfter(new AccessRefreshFilter(accessRefresh), SecurityContextHolderFilter.class);
        // Spring Security's default already issues a new session id at sign-in (session fixation).
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class));
        return http.build();
    }

    /** Argon2id with Spring Security's current recommended cost settings. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }
}
