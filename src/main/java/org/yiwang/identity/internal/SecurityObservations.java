package org.yiwang.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security makes no Micrometer observations: with the actuator's registry present it would otherwise wrap
 * every filter of the chain, every authentication and every authorization decision of every request in an
 * observation of its own, which a profile of the register lookup put among the largest costs of a request. Requests
 * stay observed as a whole by Spring MVC ({@code http.server.requests}); refusals are in the audit trail.
 */
@Configuration(proxyBeanMethods = false)
class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
