package org.yiwang.workflow.internal;

import org.flowable.spring.SpringProcessEngineConfiguration;
import org.flowable.spring.boot.EngineConfigurationConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The embedded engine on the platform's data source and transaction manager. Flowable keeps its own tables
 * ({@code act_*}) in the default schema and creates or upgrades them itself at start. Only the process engine
 * runs (see {@code flowable.*} in application.yml); history is kept at the audit level, enough for every
 * finished step with its assignee, times and opinion. Each new task gets its working-day deadline from
 * {@link StepDeadlines} as it is created.
 */
@Configuration(proxyBeanMethods = false)
class FlowableConfig {

    @Bean
    EngineConfigurationConfigurer<SpringProcessEngineConfiguration> yiwangEngine(StepDeadlines deadlines) {
        return engine -> {
            engine.setHistory("audit");
            engine.setCreateUserTaskInterceptor(deadlines);
        };
    }
}
