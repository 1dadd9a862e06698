package org.yiwang.common.internal.web;

import java.net.URI;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * Turns refusals into RFC 9457 problem details whose title, detail and per-field messages are in the
 * caller's language (Accept-Language, or the language chosen on the pages).
 * It is consulted before the page advice, which would otherwise claim REST controllers too.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    static final URI RULE_VIOLATION = URI.create("https://yiwang.org/problems/rule-violation");
    static final URI MALFORMED = URI.create("https://yiwang.org/problems/malformed-request");

    private final MessageSource messages;

    ProblemDetailsAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolationException.class)
    ProblemDetail ruleViolated(RuleViolationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.violations().stream().map(v -> fieldError(v, locale)).toList();
        ProblemDetail problem = ProblemDetail.forStatus(e.status());
        problem.setType(RULE_VIOLATION);
        problem.setTitle(text("problem.rule-violation.title", locale));
        problem.setDetail(errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse(null));
        problem.setProperty("errors", errors);
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> Map.<String, Object>of(
                        "field", f.getField(),
                        "rule", String.valueOf(f.getCode()),
                        "message", messages.getMessage(f, locale)))
                .toList();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(RULE_VIOLATION);
        problem.setTitle(text("problem.rule-violation.title", locale));
        problem.setDetail(errors.stream().map(m -> m.get("field") + ": " + m.get("message"))
                .reduce((a, b) -> a + "; " + b).orElse(null));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setType(MALFORMED);
        problem.setTitle(text("problem.malformed.title", locale));
        problem.setDetail(text("problem.malformed.detail", locale));
        return ResponseEntity.badRequest().body(problem);
    }

    /** A query or path parameter that cannot be read as its type, e.g. {@code from=2026-02-30}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        String field = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
        return badRequest(RuleViolation.of(field, formatRule(e.getRequiredType()), String.valueOf(e.getValue())));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return badRequest(RuleViolation.of(e.getParameterName(), "request.required"));
    }

    private ResponseEntity<Object> badRequest(RuleViolation violation) {
        return ResponseEntity.badRequest().body(ruleViolated(
                new RuleViolationException(HttpStatus.BAD_REQUEST, List.of(violation))));
    }

    private static String formatRule(Class<?> type) {
        if (type == null) {
            return "request.format";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "request.date";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
            return "request.number";
        }
        return "request.format";
    }

    private Map<String, Object> fieldError(RuleViolation v, Locale locale) {
        return Map.of(
                "field", v.field(),
                "rule", v.rule(),
                "message", messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(), locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
