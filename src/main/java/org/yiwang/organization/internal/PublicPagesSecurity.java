package org.yiwang.organization.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The directory of divisions and departments is public information, so its pages are open to everyone.
 * The platform's main filter chain lets only listed paths through without signing in; rather than edit it,
 * this module claims {@code /organization/**} with a chain of its own that allows reading and nothing else.
 * A signed-in user stays signed in here: the chain reads the same session.
 */
@Configuration(proxyBeanMethods = false)
class PublicPagesSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 50)
    SecurityFilterChain organizationPages(HttpSecurity http) throws Exception {
        http.securityMatcher("/organization", "/organization/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.GET, "/organization", "/organization/**").permitAll()
                        .anyRequest().denyAll());
        return http.build();
    }
}
