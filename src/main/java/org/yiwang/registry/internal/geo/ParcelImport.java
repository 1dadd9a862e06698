package org.yiwang.registry.internal.geo;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.locationtech.jts.geom.Envelope;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.internal.importing.RegisterImport;
import org.yiwang.registry.internal.importing.StagingCopy;

/**
 * Parcels from CSV ({@code code,holder_kind,holder_id,land_use,area,division_code,boundary}, the boundary as GeoJSON
 * text), each row checked by the same rules as a parcel recorded through the API; a parcel code may appear once.
 */
@Component
class ParcelImport implements RegisterImport {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ParcelRegister register;
    private final MessageSource messages;

    ParcelImport(DataSource dataSource, JdbcClient jdbc, ParcelRegister register, MessageSource messages) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.register = register;
        this.messages = messages;
    }

    @Override
    public String register() {
        return "parcels";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("code", "holder_kind", "holder_id", "land_use", "area", "division_code", "boundary");
    }

    @Override
    public Loader start(Locale locale, String actor) {
        ParcelRules rules = register.rules();
        StagingCopy staging = new StagingCopy(dataSource, """
                create temp table parcel_staging (code text, holder_kind text, holder_id bigint, land_use text,
                    area numeric(14, 2), division_code text, boundary text, min_lon double precision,
                    min_lat double precision, max_lon double precision, max_lat double precision) on commit drop""",
                "copy parcel_staging from stdin (format csv)");
        Map<String, Long> seen = new HashMap<>();
        return new Loader() {
            @Override
            public Optional<String> stage(long line, CSVRecord row) {
                ValidParcel parcel;
                try {
                    parcel = rules.check(new ParcelDraft(row.get("code"), row.get("holder_kind"), row.get("holder_id"),
                            row.get("land_use"), row.get("area"), row.get("division_code"), row.get("boundary")));
                } catch (RuleViolationException e) {
                    return Optional.of(e.violations().stream()
                            .map(v -> messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(), locale))
                            .collect(Collectors.joining("；")));
                }
                Long first = seen.putIfAbsent(parcel.code(), line);
                if (first != null) {
                    return Optional.of(messages.getMessage("import.row.duplicate-parcel",
                            new Object[] {String.valueOf(first)}, locale));
                }
                Envelope box = parcel.boundary().envelope();
                staging.add(parcel.code(), parcel.holderKind().name(), parcel.holderId(), parcel.landUse(),
                        parcel.area().toPlainString(), parcel.divisionCode(), parcel.boundary().geoJson(),
                        box.getMinX(), box.getMinY(), box.getMaxX(), box.getMaxY());
                return Optional.empty();
            }

            @Override
            public int load() {
                staging.flush();
                return jdbc.sql("""
                        with changed as (
                            insert into registry.parcel as p (code, holder_kind, holder_id, land_use, area, division_code,
                                   boundary, min_lon, min_lat, max_lon, max_lat)
                            select code, holder_kind, holder_id, land_use, area, division_code, boundary,
                                   min_lon, min_lat, max_lon, max_lat
                              from parcel_staging
                            on conflict (code) do update
                               set holder_kind = excluded.holder_kind, holder_id = excluded.holder_id,
                                   land_use = excluded.land_use, area = excluded.area,
                                   division_code = excluded.division_code, boundary = excluded.boundary,
                                   min_lon = excluded.min_lon, min_lat = excluded.min_lat,
                                   max_lon = excluded.max_lon, max_lat = excluded.max_lat, updated_at = now()
                             where (p.holder_kind, p.holder_id, p.land_use, p.area, p.division_code, p.boundary)
                                   is distinct from
                                   (excluded.holder_kind, excluded.holder_id, excluded.land_use, excluded.area,
                                    excluded.division_code, excluded.boundary)
                            returning 1)
                        select count(*) from changed""").query(Integer.class).single();
            }
        };
    }
}
