package db.migration.organization;

import java.sql.Date;
import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yiwang.organization.internal.calendar.CalendarDay;
import org.yiwang.organization.internal.calendar.CalendarSeedFile;

/**
 * Loads the shipped national holiday calendar into {@code organization.calendar_day}. A migration rather
 * than a startup loader, because it must run exactly once: a day an administrator later removes must stay
 * removed. Found by Flyway on the classpath, not as a Spring bean, so that every application context
 * (including module tests that leave the organization module out) resolves the same migrations.
 */
public class V125_2__Seed_calendar_days extends BaseJavaMigration {

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
