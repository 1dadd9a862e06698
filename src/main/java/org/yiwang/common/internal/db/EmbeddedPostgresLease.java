package org.yiwang.common.internal.db;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.AbstractDependsOnBeanFactoryPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Each application context that uses the embedded PostgreSQL holds a lease on it; the data source depends
 * on the lease, so the lease ends only after the pool has closed, and the last lease to end stops the
 * cluster. Stopping it from a JVM shutdown hook of its own would race the contexts' own shutdown.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(EmbeddedPostgresLease.STARTED)
class EmbeddedPostgresLease implements DisposableBean {

    static final String STARTED = "yiwang.embedded-postgres.started";
    private static final AtomicInteger LEASES = new AtomicInteger();

    EmbeddedPostgresLease() {
        LEASES.incrementAndGet();
    }

    @Override
    public void destroy() {
        if (LEASES.decrementAndGet() == 0) {
            EmbeddedPostgresEnvironment.stop();
        }
    }

    @Bean
    static AbstractDependsOnBeanFactoryPostProcessor dataSourceDependsOnEmbeddedPostgres() {
        return new AbstractDependsOnBeanFactoryPostProcessor(DataSource.class, "embeddedPostgresLease") {
        };
    }
}
