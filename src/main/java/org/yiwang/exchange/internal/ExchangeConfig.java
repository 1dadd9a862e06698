package org.yiwang.exchange.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;

/**
 * The exchange's settings and paths. The gateway's public key is public: anyone may check a signature. The
 * pages need a signed-in user; the handlers ask for the exchange permissions.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ExchangeProperties.class)
class ExchangeConfig {

    @Bean
    PathAccess exchangePaths() {
        return PathAccess.none()
                .withPublic("/api/v1/exchange/keys/**")
                .withSignedIn("/exchange/**")
                .withOpenReads("/api/v1/exchange/keys");
    }
}
