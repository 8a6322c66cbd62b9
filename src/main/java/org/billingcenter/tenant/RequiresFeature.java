package org.billingcenter.tenant;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a view or a service (class or method) as part of a feature. For a tenant without it, the
 * view's route does not exist (the not-found page, no menu entry) and the service refuses every
 * call with {@link FeatureUnavailableException}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresFeature {

    Feature value();
}
