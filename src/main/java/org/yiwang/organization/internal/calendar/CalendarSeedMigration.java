package org.yiwang.organization.internal.calendar;

import java.sql.Date;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Loads the shipped national holiday calendar into {@code organization.calendar_day}. A Flyway migration
 * rather than a startup loader, because it must run exactly once: a day an administrator later removes
 * must stay removed. Later years are entered by administrators, or shipped by a migration of their own.
 * Spring Boot hands every {@link JavaMigration} bean to Flyway.
 */
@Component
class CalendarSeedMigration implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("125.2");
    }

    @Override
    public String getDescription() {
        return "seed calendar days from " + CalendarSeedFile.LOCATION;
    }

    /** No checksum, so that correcting the shipped file does not fail validation of databases already seeded. */
    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into organization.calendar_day (day, kind, name) values (?, ?, ?) on conflict (day) do nothing")) {
            for (CalendarDay day : CalendarSeedFile.read()) {
                insert.setDate(1, Date.valueOf(day.date()));
                insert.setString(2, day.kind().code());
                insert.setString(3, day.name());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
