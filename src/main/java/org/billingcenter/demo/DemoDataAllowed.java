package org.billingcenter.demo;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Whether demo data may be written. Its sign-ins share a password printed in the README, so on the
 * production database ({@code mysql} profile) switching demo data on is not enough: the deployment
 * must also say it is a demo ({@code billing.demo-data.demo-deployment}). A production that was
 * left with demo data on by mistake starts with none, and says so in its log.
 */
class DemoDataAllowed extends SpringBootCondition {

    static final String ENABLED = "billing.demo-data.enabled";
    static final String DEMO_DEPLOYMENT = "billing.demo-data.demo-deployment";
    static final String PRODUCTION_PROFILE = "mysql";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return outcome(context.getEnvironment());
    }

    static ConditionOutcome outcome(Environment environment) {
        if (!environment.getProperty(ENABLED, Boolean.class, false)) {
            return ConditionOutcome.noMatch(ENABLED + " is off");
        }
        if (environment.matchesProfiles(PRODUCTION_PROFILE) && !environment.getProperty(DEMO_DEPLOYMENT, Boolean.class, false)) {
            return ConditionOutcome.noMatch(ENABLED + " is on, but the " + PRODUCTION_PROFILE + " profile writes demo sign-ins only where "
                    + DEMO_DEPLOYMENT + " (BILLING_DEMO_DEPLOYMENT) is true");
        }
        return ConditionOutcome.match("demo data is on and allowed here");
    }
}
