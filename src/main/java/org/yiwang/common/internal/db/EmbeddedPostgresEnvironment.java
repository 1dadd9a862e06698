package org.yiwang.common.internal.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.apache.commons.logging.Log;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts an embedded PostgreSQL 17 when no {@code spring.datasource.url} is configured, so that the
 * platform runs on a bare machine with one command. The cluster's data survives restarts (under
 * {@code yiwang.embedded-postgres.data-dir}); the embedded default also turns the {@code demo}
 * profile on. Production sets {@code SPRING_DATASOURCE_URL} and none of this happens.
 *
 * <p>One cluster serves the whole JVM: test suites start several application contexts and share it.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String DATABASE = "yiwang";

    private static EmbeddedPostgres running;

    private final Log log;

    public EmbeddedPostgresEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(EmbeddedPostgresEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("yiwang.embedded-postgres.enabled", Boolean.class, true)) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("yiwang.embedded-postgres.data-dir", "./data/postgres"));
        boolean clean = env.getProperty("yiwang.embedded-postgres.clean", Boolean.class, false);
        int port = env.getProperty("yiwang.embedded-postgres.port", Integer.class, 0);
        EmbeddedPostgres postgres = start(dataDir, clean, port);
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", postgres.getJdbcUrl("postgres", DATABASE),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "",
                EmbeddedPostgresLease.STARTED, "true")));
        if (env.getProperty("yiwang.demo.enabled", Boolean.class, true)) {
            env.addActiveProfile("demo");
        }
    }

    private synchronized EmbeddedPostgres start(Path dataDir, boolean clean, int port) {
        if (running != null) {
            return running;
        }
        try {
            Files.createDirectories(dataDir.toAbsolutePath().getParent());
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toAbsolutePath())
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("timezone", "Asia/Shanghai")
                    // bulk work (register imports, index rebuilds): fewer checkpoints, room for sorts and the cache
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("maintenance_work_mem", "256MB")
                    // stopped by EmbeddedPostgresLease once the last application context has closed its pool
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            running = builder.start();
            createDatabaseIfMissing(running);
            log.info("Embedded PostgreSQL started on port " + running.getPort() + ", data in "
                    + dataDir.toAbsolutePath() + ". Set SPRING_DATASOURCE_URL to use an external PostgreSQL.");
            return running;
        } catch (IOException | SQLException | IllegalStateException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath()
                    + " (is another Yiwang already running on this data directory?)", e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection();
             var exists = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                c.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        }
    }

    /** Stops the cluster; called when the last context using it has closed. */
    static synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the embedded PostgreSQL", e);
            } finally {
                running = null;
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
