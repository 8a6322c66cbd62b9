package org.billingcenter.security;

import static org.billingcenter.shared.identity.Role.AUTHORITY_PREFIX;

import java.lang.annotation.Annotation;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.security.VaadinRolePrefixHolder;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.DispatcherType;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.security.authorization.method.Jsr250AuthorizationManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;

@Configuration
@EnableWebSecurity
@EnableMethodSecurity(securedEnabled = true)
class SecurityConfig {

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessRefresh accessRefresh) throws Exception {
        // An error page needs no sign-in: were it guarded, a refused request would be sent to sign in,
        // and a sign-in page that is refused too would send it round again.
        http.authorizeHttpRequests(requests -> requests
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers("/tenant-assets/**", "/styles/**", "/actuator/health/**").permitAll());
        // The provider is a bean, so the application-wide authentication manager already uses it.
        // Adding it to this chain as well made a failed sign-in run it twice: two password hashes
        // and two counted failures per attempt.
        // Roles come from the database on every request, not from what the session remembers.
        http.addFilterAfter(new AccessRefreshFilter(accessRefresh), SecurityContextHolderFilter.class);
        // Spring Security's default already issues a new session id at sign-in (session fixation).
        // An address that is no route: Vaadin's default denies it outright (a bare 403); signed-in people get the
        // portal's own not-found page instead, and visitors the sign-in page.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated));
        return http.build();
    }

    /**
     * {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} on services, checked on every
     * call. Views carry the same annotations for Vaadin's route check, which guards them; were they
     * matched here too, every view instance would be wrapped in a class proxy, and every
     * navigation would pay for building it and for matching the pointcut against all of the
     * component's methods.
     */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor jsr250AuthorizationMethodInterceptor() {
        Pointcut annotated = new ComposablePointcut(classOrMethod(RolesAllowed.class)).union(classOrMethod(PermitAll.class))
                .union(classOrMethod(DenyAll.class));
        ClassFilter notAComponent = type -> !Component.class.isAssignableFrom(type);
        AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
                new ComposablePointcut(annotated).intersection(notAComponent), new Jsr250AuthorizationManager());
        interceptor.setOrder(AuthorizationInterceptorsOrder.JSR250.getOrder());
        return interceptor;
    }

    private static Pointcut classOrMethod(Class<? extends Annotation> annotation) {
        return new ComposablePointcut(new AnnotationMatchingPointcut(annotation, true))
                .union(new AnnotationMatchingPointcut(null, annotation, true));
    }

    /**
     * The prefix of role authorities, for Vaadin's route check. Vaadin looks it up on every
     * request; found as a bean it is a map lookup, otherwise a search of the class path's service
     * files each time.
     */
    @Bean
    VaadinRolePrefixHolder vaadinRolePrefixHolder() {
        return new VaadinRolePrefixHolder(AUTHORITY_PREFIX);
    }

    /** Argon2id at OWASP's minimum settings, one hash per core at a time. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BoundedPasswordEncoder(PasswordHashing.argon2id(), Runtime.getRuntime().availableProcessors());
    }
}
