package org.yiwang.common.internal.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Refuses JSON bodies that declare a length above {@code yiwang.max-json-body} with 413 before anything
 * reads them, in the caller's language.
 */
@Component
@Order(-104)
class JsonBodyLimitFilter extends OncePerRequestFilter {

    private final long limit;
    private final MessageSource messages;
    private final ObjectMapper json;
    private final LocaleResolver locales;

    JsonBodyLimitFilter(@Value("${yiwang.max-json-body:1048576}") long limit, MessageSource messages, ObjectMapper json,
            LocaleResolver locales) {
        this.limit = limit;
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase().contains("json");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > limit) {
            ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.PAYLOAD_TOO_LARGE);
            var locale = locales.resolveLocale(request);
            problem.setTitle(messages.getMessage("problem.too-large.title", null, locale));
            problem.setDetail(messages.getMessage("problem.too-large.detail", new Object[] {limit}, locale));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        chain.doFilter(request, response);
    }
}
