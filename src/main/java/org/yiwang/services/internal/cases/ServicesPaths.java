package org.yiwang.services.internal.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;

/** The catalog is public; applying, tracking and processing need a signed-in user and a permission. */
@Configuration(proxyBeanMethods = false)
class ServicesPaths {

    @Bean
    PathAccess servicesCorePaths() {
        return PathAccess.none()
                .withPublic("/services", "/services/items/*", "/api/v1/services/items", "/api/v1/services/items/*")
                .withSignedIn("/services/**")
                .withOpenReads("/api/v1/services/items");
    }
}
