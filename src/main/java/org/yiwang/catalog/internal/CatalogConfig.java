package org.yiwang.catalog.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;

/**
 * The catalog's pages and its read API are open: anyone sees the entries marked open to the public (开放属性),
 * signed-in staff see every published entry (the handlers decide). Maintenance is under {@code /admin/catalog} and
 * the API's write methods, which demand {@code catalog:maintain}.
 */
@Configuration(proxyBeanMethods = false)
class CatalogConfig {

    @Bean
    PathAccess catalogPaths() {
        return PathAccess.none()
                .withPublic("/catalog", "/catalog/**", "/api/v1/catalog/resources", "/api/v1/catalog/resources/**")
                .withOpenReads("/api/v1/catalog/resources");
    }
}
