package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * Walks every route and every public method of every service and asks, for each role and for
 * a visitor who is not signed in, what the running application's own access checks decide:
 * Vaadin's route check, and the method-security interceptors Spring created. The answers must
 * equal {@link AccessMatrix}; a route or method the matrix does not know fails the test.
 */
class RoleMatrixTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void everyServiceMethodAllowsExactlyTheRolesOfTheMatrix() throws Throwable {
        // The checks that run before a call: @PreAuthorize, @RolesAllowed/@PermitAll/@DenyAll, @Secured.
        List<MethodInterceptor> checks = context.getBeansOfType(MethodInterceptor.class).entrySet().stream()
                .filter(bean -> bean.getKey().matches("(preAuthorize|jsr250|secured)AuthorizationMethodInterceptor"))
                .map(Map.Entry::getValue).toList();
        assertThat(checks).hasSize(3);
        Map<String, String> differences = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        for (Object bean : context.getBeansWithAnnotation(Service.class).values()) {
            Class<?> type = AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("org.billingcenter")) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers()) || method.isSynthetic()) {
                    continue;
                }
                String key = type.getSimpleName() + "." + method.getName();
                seen.add(key);
                Set<Role> allowed = EnumSet.noneOf(Role.class);
                for (Role role : Role.values()) {
                    if (permits(checks, bean, method, role)) {
                        allowed.add(role);
                    }
                }
                compare(key, permits(checks, bean, method, null), allowed, differences);
            }
        }
        assertThat(differences).as("service methods whose access differs from the matrix").isEmpty();
        assertThat(seen).as("every service method is in the matrix").isEqualTo(AccessMatrix.serviceEntries());
    }

    @Test
    void everyRouteAllowsExactlyTheRolesOfTheMatrix() {
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        Map<String, String> differences = new TreeMap<>();
        Set<String> seen = new TreeSet<>();
        for (Class<?> view : routeClasses()) {
            String key = AccessMatrix.ROUTE + view.getAnnotation(Route.class).value();
            seen.add(key);
            Set<Role> allowed = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                var principal = authenticationOf(role);
                if (checker.hasAccess(view, principal, name -> name.equals(role.name()) || name.equals(role.authority()))) {
                    allowed.add(role);
                }
            }
            compare(key, checker.hasAccess(view, null, name -> false), allowed, differences);
        }
        assertThat(differences).as("routes whose access differs from the matrix").isEmpty();
        assertThat(seen).as("every route is in the matrix").isEqualTo(AccessMatrix.routeEntries());
    }

    private static void compare(String key, boolean anonymous, Set<Role> allowed, Map<String, String> differences) {
        AccessMatrix.Access expected = AccessMatrix.of(key);
        if (expected == null) {
            differences.put(key, "missing from the matrix; the code allows " + allowed + (anonymous ? " and visitors" : ""));
            return;
        }
        if (!expected.roles().equals(allowed) || expected.visitors() != anonymous) {
            differences.put(key, "matrix says " + expected + ", the code allows " + allowed + (anonymous ? " and visitors" : ""));
        }
    }

    private boolean permits(List<MethodInterceptor> checks, Object bean, Method method, Role role)
            throws Throwable {
        SecurityContextHolder.clearContext();
        if (role != null) {
            SecurityContextHolder.getContext().setAuthentication(authenticationOf(role));
        }
        MethodInvocation invocation = new Invocation(bean, method);
        try {
            for (MethodInterceptor check : checks) {
                check.invoke(invocation);
            }
            return true;
        } catch (AccessDeniedException | AuthenticationException denied) {
            return false;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static UsernamePasswordAuthenticationToken authenticationOf(Role role) {
        Long account = role == Role.OPERATOR ? null : 1L;
        var user = new SignedInUser(1, INTL, "someone@example.com", "Someone", account, Set.of(role), null, 0);
        var principal = new SignedInUserPrincipal(user, null, true);
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
    }

    private static List<Class<?>> routeClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        List<Class<?>> views = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents("org.billingcenter")) {
            try {
                views.add(Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return views;
    }

    /** A call that is only checked, never carried out. */
    private record Invocation(Object target, Method method) implements MethodInvocation {
        @Override
        public Method getMethod() {
            return method;
        }

        @Override
        public Object[] getArguments() {
            return new Object[method.getParameterCount()];
        }

        @Override
        public Object proceed() {
            return null;
        }

        @Override
        public Object getThis() {
            return target;
        }

        @Override
        public AccessibleObject getStaticPart() {
            return method;
        }
    }
}
