package org.billingcenter.notification;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

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
            return new LoggedMail();
        }
        return new SmtpMail(smtp, properties.from());
    }

    /** No SMS gateway comes built in: texts go to the log, and the outbox page shows them. */
    @Bean
    @ConditionalOnMissingBean(TextSender.class)
    TextSender textSender() {
        return (phone, text) -> log.info("Text message to {}: {}", phone, text);
    }

    /** Development and tests: the mail and the names and sizes of its files, in the log. */
    private static final class LoggedMail implements MessageSender {

        @Override
        public void send(String to, String subject, String body) {
            log.info("E-mail to {}: {}\n{}", to, subject, body);
        }

        @Override
        public void send(String to, String subject, String body, List<MailAttachment> attachments) {
            send(to, subject, body);
            attachments.forEach(file -> log.info("  attached {} ({}, {} bytes)", file.fileName(), file.contentType(), file.content().length));
        }
    }

    /** Plain text mail; a multipart message only when files go with it. */
    private record SmtpMail(JavaMailSender smtp, String from) implements MessageSender {

        @Override
        public void send(String to, String subject, String body) {
            SimpleMailMessage mail = new SimpleMailMessage();
            mail.setFrom(from);
            mail.setTo(to);
            mail.setSubject(subject);
            mail.setText(body);
            smtp.send(mail);
        }

        @Override
        public void send(String to, String subject, String body, List<MailAttachment> attachments) {
            if (attachments.isEmpty()) {
                send(to, subject, body);
                return;
            }
            smtp.send(message -> {
                MimeMessageHelper mail = new MimeMessageHelper(message, true, "UTF-8");
                mail.setFrom(from);
                mail.setTo(to);
                mail.setSubject(subject);
                mail.setText(body);
                for (MailAttachment file : attachments) {
                    mail.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
                }
            });
        }
    }
}
