package org.yiwang.common.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Pages are in Simplified Chinese unless the reader switches to English ({@code ?lang=en}, kept in a
 * cookie). The JSON API answers in the language of the Accept-Language header, Chinese when none is sent.
 */
@Configuration(proxyBeanMethods = false)
class LanguageConfig implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver pages = new CookieLocaleResolver("yiwang-lang") {
            @Override
            public Locale resolveLocale(HttpServletRequest request) {
                return asksForLanguage(request) ? request.getLocale() : super.resolveLocale(request);
            }

            // The DispatcherServlet fills LocaleContextHolder through this method, not through resolveLocale.
            @Override
            public LocaleContext resolveLocaleContext(HttpServletRequest request) {
                return asksForLanguage(request) ? new SimpleLocaleContext(request.getLocale())
                        : super.resolveLocaleContext(request);
            }
        };
        pages.setCookieMaxAge(Duration.ofDays(365));
        pages.setDefaultLocaleFunction(request -> Locale.SIMPLIFIED_CHINESE);
        return pages;
    }

    private static boolean asksForLanguage(HttpServletRequest request) {
        return isApi(request) && request.getHeader("Accept-Language") != null;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        registry.addInterceptor(change);
    }
}
