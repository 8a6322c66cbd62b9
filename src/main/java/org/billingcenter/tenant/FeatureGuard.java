package org.billingcenter.tenant;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.AopUtils;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;

/**
 * Makes a service marked {@link RequiresFeature} refuse calls for tenants without the feature,
 * before any transaction or query: a screen that is hidden is not the only protection. Views carry
 * the same mark but are guarded by the router instead, so they are left out here.
 */
@Configuration(proxyBeanMethods = false)
class FeatureGuard {

    /** Infrastructure role: the proxy creator that method security installs applies only such advisors. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor featureAdvisor(org.springframework.beans.factory.ObjectProvider<TenantFeatures> features) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(pointcut(), (MethodInterceptor) call -> check(features.getObject(), call));
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return advisor;
    }

    private static Pointcut pointcut() {
        ClassFilter notAView = type -> !isVaadinComponent(type);
        return new ComposablePointcut(new AnnotationMatchingPointcut(RequiresFeature.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(RequiresFeature.class))
                .intersection(notAView);
    }

    private static Object check(TenantFeatures features, MethodInvocation call) throws Throwable {
        if (call.getMethod().getDeclaringClass() == Object.class) {
            return call.proceed(); // toString, equals, hashCode: no business there
        }
        Class<?> target = call.getThis() == null ? call.getMethod().getDeclaringClass() : AopUtils.getTargetClass(call.getThis());
        var feature = TenantFeatures.requiredBy(AopUtils.getMostSpecificMethod(call.getMethod(), target))
                .or(() -> TenantFeatures.requiredBy(target));
        if (feature.isPresent()) {
            features.require(feature.get());
        }
        return call.proceed();
    }

    private static boolean isVaadinComponent(Class<?> type) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("com.vaadin.flow.component.Component")) {
                return true;
            }
        }
        return false;
    }
}
