package org.yiwang.workflow.internal;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded engine on the platform's data source and transaction manager. Flowable keeps its own tables
 * ({@code act_*}) in the default schema and creates or upgrades them itself at start; it runs only the
 * process engine: no IDM engine (accounts live in identity), no event registry, no async executor (no
 * timers or async steps in our models; deadlines are working days counted by the platform's calendar).
 */
@Configuration(proxyBeanMethods = false)
class FlowableConfig {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> yiwangEngine() {
        return engine -> {
            engine.setDisableIdmEngine(true);
            engine.setDisableEventRegistry(true);
            engine.setAsyncExecutorActivate(false);
            engine.setDatabaseSchemaUpdate("true");
            engine.setHistory("audit");
        };
    }
}
