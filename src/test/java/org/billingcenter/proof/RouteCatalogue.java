package org.billingcenter.proof;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.TenantFeatures;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route of the application, read from the same {@code @Route} annotations Vaadin builds its
 * route registry from, so a new screen joins the journeys by itself. Routes that need a parameter
 * (a bill, a ticket) and the anonymous pages outside the frame are left out: they are opened from
 * the screens that link to them.
 */
record RouteCatalogue(String path, Class<?> view, Optional<Feature> feature, boolean inMenu) {

    static List<RouteCatalogue> all() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        return scanner.findCandidateComponents("org.billingcenter").stream()
                .map(bean -> ClassUtils.resolveClassName(bean.getBeanClassName(), RouteCatalogue.class.getClassLoader()))
                .filter(view -> !needsParameter(view) && !view.isAnnotationPresent(AnonymousAllowed.class))
                // A template with a required part (pay/simulated/:reference) is opened from the screen that builds it.
                .filter(view -> !view.getAnnotation(Route.class).value().matches(".*:[^/]*[^?/](/.*)?$"))
                .map(view -> new RouteCatalogue(view.getAnnotation(Route.class).value(), view, TenantFeatures.requiredBy(view),
                        view.isAnnotationPresent(Menu.class)))
                .sorted(Comparator.comparing(RouteCatalogue::path)).toList();
    }

    private static boolean needsParameter(Class<?> view) {
        if (!HasUrlParameter.class.isAssignableFrom(view)) {
            return false;
        }
        for (Method method : view.getMethods()) {
            if (method.getName().equals("setParameter") && method.getParameterCount() == 2 && !method.isBridge()) {
                Parameter parameter = method.getParameters()[1];
                return !parameter.isAnnotationPresent(OptionalParameter.class);
            }
        }
        return true;
    }
}
