package org.billingcenter.enterprise;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The traffic API is for the hosting platform's machines: no session, no CSRF token, no sign-in
 * page. The tenant's API key, checked by the controller, is the credential.
 */
@Configuration
class TrafficApiSecurity {

    @Bean
    @Order(2)
    SecurityFilterChain trafficApi(HttpSecurity http) throws Exception {
        http.securityMatcher(TrafficApiController.PATH)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
