package org.yiwang.services.internal.licence;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;

/** Verifying a licence is public, by page and by API; everything else about results needs a signed-in user. */
@Configuration(proxyBeanMethods = false)
class ResultsConfig {

    static final String VERIFY_API = "/api/v1/services/licences/{number}/verify";

    @Bean
    PathAccess resultsPaths() {
        return PathAccess.none()
                .withPublic("/licences/verify", "/api/v1/services/licences/*/verify")
                .withOpenReads(VERIFY_API);
    }
}
