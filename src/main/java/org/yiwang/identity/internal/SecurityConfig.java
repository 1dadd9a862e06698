package org.yiwang.identity.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.web.PathAccess;

/**
 * Deny by default: a path not listed here cannot be reached at all, and the listed application paths
 * need a signed-in user; the controllers then demand a permission with {@code @PreAuthorize}. Refusals
 * are audited. Modules above identity open their own paths by declaring a {@link PathAccess} bean.
 * The JSON API ignores CSRF tokens because it accepts JSON bodies only (browsers cannot
 * send those cross-site without CORS, which is not enabled) and session cookies are SameSite=Lax.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfig {

    private static final Pattern ID_NUMBER_IN_PATH =
            Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");
    private static final String[] PUBLIC_PAGES = {"/", "/error", "/login", "/login/second-factor", "/register/**",
            "/organization/**", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico"};
    private static final String[] PUBLIC_API = {"/api/v1/auth/login", "/api/v1/auth/second-factor",
            "/api/v1/identity/citizens", "/api/v1/validation/**", "/api/v1/calendar/**", "/api/v1/organization/**"};
    private static final String[] OPERATIONS = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
    private static final String[] SIGNED_IN = {"/me/**", "/workbench/**", "/admin/**", "/api/v1/**"};

    /**
     * The path patterns below are matched by {@link PathPatternRequestMatcher} (the same parser and rules as the
     * controllers' mappings) rather than by MVC matchers, which ask Spring MVC for the handler of each request: a
     * pattern check per rule instead of a handler lookup before the dispatcher does its own.
     */
    @Bean
    PathPatternRequestMatcher.Builder pathPatternRequestMatchers() {
        return PathPatternRequestMatcher.withDefaults();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, AuditTrail audit, ProblemWriter problems,
            ObjectProvider<PathAccess> modules) throws Exception {
        String[] modulePublic = Stream.concat(Stream.of("/error"),
                modules.orderedStream().flatMap(m -> m.publicPaths().stream())).toArray(String[]::new);
        String[] moduleSignedIn = Stream.concat(Stream.of("/me/**"),
                modules.orderedStream().flatMap(m -> m.signedIn().stream())).toArray(String[]::new);
        RequestMatcher logout = new OrRequestMatcher(
                request -> "POST".equals(request.getMethod()) && "/logout".equals(path(request)),
                request -> "POST".equals(request.getMethod()) && "/api/v1/auth/logout".equals(path(request)));
        http.authorizeHttpRequests(auth -> auth
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers(PUBLIC_API).permitAll()
                        .requestMatchers(OPERATIONS).permitAll()
                        .requestMatchers(modulePublic).permitAll()
                        .requestMatchers(SIGNED_IN).authenticated()
                        .requestMatchers(moduleSignedIn).authenticated()
                        .anyRequest().denyAll())
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                // No sign-in here returns to a saved request (LoginPageController goes to the workbench or home),
                // so saving one in the session on a refusal, and looking for one on every request, was unused work.
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint(entryPoint(problems))
                        .accessDeniedHandler(deniedHandler(audit, problems)))
                .logout(out -> out.logoutRequestMatcher(logout)
                        .addLogoutHandler(auditLogout(audit))
                        .logoutSuccessHandler((request, response, authentication) -> {
                            if (path(request).startsWith("/api/")) {
                                response.setStatus(HttpStatus.NO_CONTENT.value());
                            } else {
                                response.sendRedirect(request.getContextPath() + "/?loggedOut");
                            }
                        }))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                        + "script-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static AuthenticationEntryPoint entryPoint(ProblemWriter problems) {
        return (request, response, e) -> {
            if (path(request).startsWith("/api/")) {
                problems.write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
            } else {
                response.sendRedirect(request.getContextPath() + "/login");
            }
        };
    }

    private static AccessDeniedHandler deniedHandler(AuditTrail audit, ProblemWriter problems) {
        return (request, response, e) -> {
            audit.record("security.access.denied", request.getMethod() + " " + redacted(path(request)),
                    AuditOutcome.DENIED, null);
            if (path(request).startsWith("/api/")) {
                problems.write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
            } else {
                response.sendError(HttpStatus.FORBIDDEN.value());
            }
        };
    }

    private static LogoutHandler auditLogout(AuditTrail audit) {
        return (request, response, authentication) -> {
            if (authentication != null) {
                audit.recordAs(actor(authentication), "identity.logout", "session", AuditOutcome.SUCCESS, null);
            }
        };
    }

    private static String actor(Authentication authentication) {
        return authentication.getName();
    }

    /** A path may carry an ID number (the registry's query API does); the audit trail keeps only its masked form. */
    static String redacted(String path) {
        return ID_NUMBER_IN_PATH.matcher(path).replaceAll("$1********$2");
    }

    static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Writes refusals from the security filters as problem details in the caller's language. */
    @Bean
    ProblemWriter problemWriter(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        return (request, response, status, key) -> {
            Locale locale = locales.resolveLocale(request);
            ProblemDetail problem = ProblemDetail.forStatus(status);
            problem.setTitle(messages.getMessage(key + ".title", null, key, locale));
            problem.setDetail(messages.getMessage(key + ".detail", null, key, locale));
            problem.setInstance(java.net.URI.create(path(request)));
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
        };
    }

    @FunctionalInterface
    interface ProblemWriter {
        void write(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, HttpStatus status,
                String key) throws IOException;
    }
}
