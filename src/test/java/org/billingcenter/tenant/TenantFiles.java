package org.billingcenter.tenant;

import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/** A tenant file reader with the validation the app gives it, for tests that read files without the app. */
final class TenantFiles {

    private TenantFiles() {
    }

    static TenantFileReader reader() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return new TenantFileReader(validator);
    }
}
