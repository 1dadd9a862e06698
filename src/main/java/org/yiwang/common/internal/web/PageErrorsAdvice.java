package org.yiwang.common.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import org.yiwang.common.FormErrors;
import org.yiwang.common.RuleViolationException;

/** A refusal that escapes a page controller becomes the error page with its status and message, not a 500. */
@ControllerAdvice(annotations = Controller.class)
class PageErrorsAdvice {

    private final MessageSource messages;

    PageErrorsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ModelAndView refused(RuleViolationException e, Locale locale, HttpServletResponse response) {
        response.setStatus(e.status().value());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", e.status().value());
        page.addObject("message", String.join("；", FormErrors.of(e, messages, locale).values()));
        return page;
    }
}
