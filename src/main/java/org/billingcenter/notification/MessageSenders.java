package org.billingcenter.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Which {@link MessageSender} carries the outbox's mail: the SMTP server of {@code spring.mail.*}
 * when one is configured (Spring Boot then provides a {@link JavaMailSender}), otherwise the log, so
 * development and tests see exactly what would go out. A deployment may also provide its own
 * {@link MessageSender} bean, which replaces both.
 */
@Configuration(proxyBeanMethods = false)
class MessageSenders {

    private static final Logger log = LoggerFactory.getLogger(MessageSenders.class);

    @Bean
    @ConditionalOnMissingBean(MessageSender.class)
    MessageSender messageSender(ObjectProvider<JavaMailSender> mailServer, NotificationProperties properties) {
        JavaMailSender smtp = mailServer.getIfAvailable();
        if (smtp == null) {
            log.info("No mail server configured (spring.mail.host): e-mail is written to the log");
            return (to, subject, body) -> log.info("E-mail to {}: {}\n{}", to, subject, body);
        }
        return (to, subject, body) -> {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(properties.from());
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body);
            smtp.send(mail);
        };
    }

    /** No SMS gateway comes built in: texts go to the log, and the outbox page shows them. */
    @Bean
    @ConditionalOnMissingBean(TextSender.class)
    TextSender textSender() {
        return (phone, text) -> log.info("Text message to {}: {}", phone, text);
    }
}
