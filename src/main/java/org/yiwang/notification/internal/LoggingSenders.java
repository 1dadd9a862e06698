package org.yiwang.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.notification.EmailSender;
import org.yiwang.notification.SmsSender;

/**
 * The embedded default for SMS and email: nothing leaves the machine, the log shows what would have been sent
 * (to a masked address). {@code yiwang.notification.sms} / {@code .email} set to anything but {@code log}
 * remove the default, and the deployment declares its own sender bean.
 */
@Configuration(proxyBeanMethods = false)
class LoggingSenders {

    private static final Logger log = LoggerFactory.getLogger(LoggingSenders.class);

    @Bean
    @ConditionalOnProperty(name = "yiwang.notification.sms", havingValue = "log", matchIfMissing = true)
    SmsSender loggingSmsSender() {
        return (phone, text) -> log.info("SMS to {}: {}", Masks.phone(phone), text);
    }

    @Bean
    @ConditionalOnProperty(name = "yiwang.notification.email", havingValue = "log", matchIfMissing = true)
    EmailSender loggingEmailSender() {
        return (to, subject, text) -> log.info("Email to {}: {} — {}", Masks.email(to), subject, text);
    }
}
