package org.yiwang.disclosure.internal.publishing;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;

/**
 * The portal is public: its pages, feeds, attachments and the read API of what is published. Writing, reviewing
 * and bulk loading live under {@code /workbench} and {@code /api/v1}, which need a signed-in member of staff and a
 * permission.
 */
@Configuration(proxyBeanMethods = false)
class PublishingConfig {

    @Bean
    PathAccess disclosurePublishingPaths() {
        return PathAccess.none()
                .withPublic("/disclosure", "/disclosure/departments/**", "/disclosure/publications/**",
                        "/api/v1/disclosure/published/**")
                .withOpenReads("/api/v1/disclosure/published/");
    }
}
