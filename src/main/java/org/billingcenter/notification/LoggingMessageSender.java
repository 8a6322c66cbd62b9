package org.billingcenter.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sender used when no mail server is configured: it writes each e-mail to the log, so
 * development and tests see exactly what would go out. A deployment with a mail server provides
 * its own {@link MessageSender} bean, which replaces this one.
 */
@Configuration(proxyBeanMethods = false)
class LoggingMessageSender {

    private static final Logger log = LoggerFactory.getLogger(LoggingMessageSender.class);

    @Bean
    @ConditionalOnMissingBean(MessageSender.class)
    MessageSender loggingSender() {
        return (to, subject, body) -> log.info("E-mail to {}: {}\n{}", to, subject, body);
    }
}
