package org.qconsole.reminder;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends e-mails through the configured SMTP server ({@code spring.mail.host}); without one (the dev
 * run), writes them to the log instead, so that nothing pretends to have been delivered.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String from;

    Outbox(ObjectProvider<JavaMailSender> mail, @Value("${console.reminders.from:questionnaires@localhost}") String from) {
        this.mail = mail;
        this.from = from;
    }

    /** "sent" or "logged (no SMTP server configured)". */
    String send(List<String> to, String subject, String body) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            log.info("E-mail (no SMTP server configured, so logged instead) to {}: {}\n{}", to, subject, body);
            return "logged";
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        sender.send(message);
        return "sent";
    }
}
