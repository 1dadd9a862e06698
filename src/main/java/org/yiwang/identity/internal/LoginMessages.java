package org.yiwang.identity.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Sign-in refusals in the caller's language; "credentials" never says whether the name or the password was wrong. */
@Component
class LoginMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final MessageSource messages;

    LoginMessages(MessageSource messages) {
        this.messages = messages;
    }

    String title() {
        return messages.getMessage("login.refused.title", null, LocaleContextHolder.getLocale());
    }

    String refusal(LoginOutcome.Refused refused) {
        Object[] args = refused.lockedUntil() == null ? null : new Object[] {TIME.format(refused.lockedUntil())};
        return messages.getMessage("login.refused." + refused.reason(), args, LocaleContextHolder.getLocale());
    }
}
