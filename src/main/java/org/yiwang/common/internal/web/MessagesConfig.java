package org.yiwang.common.internal.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in its own bundle, {@code i18n/<name>.properties} (Chinese, the default)
 * beside {@code i18n/<name>_en.properties}; the bundles are found on the classpath, so a new module
 * adds its texts without editing shared configuration. {@code i18n/messages} is consulted first.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfig {

    private static final Pattern LOCALE_SUFFIX = Pattern.compile("_[a-z]{2}(_[A-Z]{2})?$");

    @Bean
    MessageSource messageSource() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setBasenames(basenames());
        return messages;
    }

    static String[] basenames() throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        TreeSet<String> names = new TreeSet<>();
        Arrays.stream(found).map(Resource::getFilename).filter(Objects::nonNull)
                .map(name -> LOCALE_SUFFIX.matcher(name.substring(0, name.length() - ".properties".length()))
                        .replaceFirst(""))
                .forEach(names::add);
        names.remove("messages");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("messages"), names.stream())
                .map(name -> "i18n/" + name).toArray(String[]::new);
    }
}
