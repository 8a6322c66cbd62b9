package org.billingcenter.usage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The usage API is for machines: no session, no CSRF token, no sign-in page. Its own API key,
 * checked by the controller, is the credential; everything else stays with the main chain.
 */
@Configuration
class UsageApiSecurity {

    @Bean
    @Order(1)
    SecurityFilterChain usageApi(HttpSecurity http) throws Exception {
        http.securityMatcher(UsageApiController.PATH, UsageApiController.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
