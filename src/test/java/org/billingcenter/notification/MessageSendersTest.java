package org.billingcenter.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** With a mail server configured the outbox's mail goes to it, from the configured address. */
class MessageSendersTest {

    @Test
    void aConfiguredMailServerCarriesTheMail() {
        List<SimpleMailMessage> sent = new ArrayList<>();
        JavaMailSender server = new JavaMailSenderImpl() {
            @Override
            public void send(SimpleMailMessage... messages) {
                sent.addAll(List.of(messages));
            }
        };
        var provider = new StaticListableBeanFactory(Map.of("mailServer", server)).getBeanProvider(JavaMailSender.class);

        new MessageSenders().messageSender(provider, new NotificationProperties(true, 5, "billing@harbor.example"))
                .send("customer@example.com", "Your ticket", "We replied.");

        assertThat(sent).singleElement().satisfies(mail -> {
            assertThat(mail.getFrom()).isEqualTo("billing@harbor.example");
            assertThat(mail.getTo()).containsExactly("customer@example.com");
            assertThat(mail.getSubject()).isEqualTo("Your ticket");
            assertThat(mail.getText()).isEqualTo("We replied.");
        });
    }

    @Test
    void withoutAMailServerNothingIsSentAndNothingFails() {
        var none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);
        MessageSender sender = new MessageSenders().messageSender(none, new NotificationProperties(null, null, null));
        sender.send("customer@example.com", "Your ticket", "We replied.");
        assertThat(new NotificationProperties(null, null, null).from()).isEqualTo("no-reply@billing-center.localhost");
    }

    @Test
    void aMailWithFilesGoesToTheServerAsMultipartWithTheFile() throws Exception {
        List<jakarta.mail.internet.MimeMessage> sent = new ArrayList<>();
        JavaMailSenderImpl server = new JavaMailSenderImpl() {
            @Override
            protected void doSend(jakarta.mail.internet.MimeMessage[] messages, Object[] originals) {
                sent.addAll(List.of(messages));
            }
        };
        var provider = new StaticListableBeanFactory(Map.of("mailServer", server)).getBeanProvider(JavaMailSender.class);

        new MessageSenders().messageSender(provider, new NotificationProperties(true, 5, "billing@harbor.example"))
                .send("admin@example.com", "Invoice issued", "See attached.",
                        List.of(new MailAttachment("report.csv", "text/csv", "Site\nalpha.example\n".getBytes())));

        assertThat(sent).hasSize(1);
        jakarta.mail.internet.MimeMessage mail = sent.getFirst();
        assertThat(mail.getSubject()).isEqualTo("Invoice issued");
        var parts = (jakarta.mail.Multipart) mail.getContent();
        List<String> files = new ArrayList<>();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getFileName() != null) {
                files.add(parts.getBodyPart(i).getFileName());
                assertThat(new String(parts.getBodyPart(i).getInputStream().readAllBytes())).contains("alpha.example");
            }
        }
        assertThat(files).containsExactly("report.csv");
    }

    @Test
    void aCarrierThatCannotAttachRefusesRatherThanDroppingTheFile() {
        MessageSender plain = (to, subject, body) -> { };
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plain.send("a@example.com", "s", "b",
                List.of(new MailAttachment("r.csv", "text/csv", new byte[1])))).isInstanceOf(UnsupportedOperationException.class);
    }
}
