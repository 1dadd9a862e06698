package org.yiwang.registry.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.yiwang.common.web.PathAccess;
import org.yiwang.crypto.CryptoService;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.EntityRules;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonRules;

/** The register's rules and codec as beans, with the platform's division directory and keys. */
@Configuration(proxyBeanMethods = false)
class RegistryConfig {

    @Bean
    PersonRules personRules(OrganizationDirectory divisions) {
        return new PersonRules(divisions);
    }

    @Bean
    EntityRules entityRules(OrganizationDirectory divisions) {
        return new EntityRules(divisions);
    }

    /** The macro-economic statistics are public; everything else in the registers needs a signed-in reader. */
    @Bean
    PathAccess registryPaths() {
        return PathAccess.none()
                .withPublic("/registry/indicators", "/api/v1/registry/indicators", "/api/v1/registry/indicators/**")
                .withSignedIn("/registry/**")
                .withOpenReads("/api/v1/registry/indicators");
    }

    @Bean
    PersonCodec personCodec(CryptoService crypto) {
        return new PersonCodec(crypto);
    }
}
