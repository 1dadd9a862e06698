package org.yiwang.disclosure.internal.requests;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;

/** Disclosure on request needs a signed-in user; the annual report figures are public. */
@Configuration(proxyBeanMethods = false)
class RequestsConfig {

    @Bean
    PathAccess disclosureRequestPaths() {
        return PathAccess.none()
                .withPublic("/disclosure/annual-reports/**", "/api/v1/disclosure/annual-reports/**")
                .withSignedIn("/disclosure-requests", "/disclosure-requests/**")
                .withOpenReads("/api/v1/disclosure/annual-reports/");
    }
}
