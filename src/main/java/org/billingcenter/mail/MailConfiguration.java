package org.billingcenter.mail;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Until a real transport is configured, mail is written to the log, so a developer running the
 * portal can follow an invitation link. A deployment defines its own {@link MailSender} bean.
 */
@Configuration(proxyBeanMethods = false)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    @ConditionalOnMissingBean(MailSender.class)
    MailSender logMailSender() {
        return mail -> log.info("Mail for {} at {}: {}\n{}", mail.to(), mail.tenantId(), mail.subject(), mail.body());
    }
}
