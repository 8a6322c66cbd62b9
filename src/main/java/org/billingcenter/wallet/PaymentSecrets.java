package org.billingcenter.wallet;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The secrets of payment providers, looked up by the variable names a tenant file gives. They come
 * from the environment (through Spring's, so a test or a secrets file mounted as properties works
 * the same) and are never logged or stored.
 */
@Component
public class PaymentSecrets {

    private final Environment environment;

    PaymentSecrets(Environment environment) {
        this.environment = environment;
    }

    public Optional<String> get(String variable) {
        return Optional.ofNullable(variable).map(environment::getProperty).map(String::strip).filter(value -> !value.isEmpty());
    }

    public String require(String variable) {
        return get(variable).orElseThrow(() -> new IllegalStateException("Environment variable " + variable + " is not set"));
    }

    /** Those of the variables that are not set. */
    public List<String> missing(String... variables) {
        return Arrays.stream(variables).filter(variable -> get(variable).isEmpty()).toList();
    }
}
