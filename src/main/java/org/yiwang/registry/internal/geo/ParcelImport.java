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
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.EntityId;
import org.yiwang.registry.LegalEntityRegister;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PopulationRegister;
import org.yiwang.registry.internal.importing.RegisterImport;
import org.yiwang.registry.internal.importing.StagingCopy;

/**
 * Parcels from CSV ({@code code,holder_kind,holder_id,land_use,area,division_code,boundary}, the boundary as GeoJSON
 * text; instead of {@code holder_id}, a {@code holder_number} column may name the holder by ID number or credit
 * code), each row checked by the same rules as a parcel recorded through the API; a parcel code may appear once.
 */
@Component
class ParcelImport implements RegisterImport {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final ParcelRegister register;
    private final MessageSource messages;
    private final PopulationRegister population;
    private final LegalEntityRegister entities;

    ParcelImport(DataSource dataSource, JdbcClient jdbc, ParcelRegister register, MessageSource messages,
            PopulationRegister population, LegalEntityRegister entities) {
        this.population = population;
        this.entities = entities;
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.register = register;
        this.messages = messages;
    }

    /**
     * The right holder's register id: the {@code holder_id} column, or else the one found for the {@code holder_number}
     * column (an ID number for a person, a credit code for an entity), as files made outside the register name them.
     */
    private String holderId(CSVRecord row) {
        String id = row.isMapped("holder_id") ? row.get("holder_id") : "";
        String number = row.isMapped("holder_number") ? row.get("holder_number") : "";
        if (!id.isBlank() || number.isBlank()) {
            return id;
        }
        Optional<Long> found;
        try {
            found = "LEGAL_ENTITY".equals(row.get("holder_kind").strip())
                    ? entities.find(CreditCode.parse(number)).map(EntityId::value)
                    : population.find(IdNumber.parse(number)).map(PersonId::value);
        } catch (RuleViolationException e) {
            throw e.forField("holderNumber");
        }
        return found.map(String::valueOf).orElseThrow(
                () -> RuleViolationException.of("holderNumber", "parcel.holder-number.unknown", number));
    }

    @Override
    public String register() {
        return "parcels";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("code", "holder_kind", "land_use", "area", "division_code", "boundary");
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
                    String holderId = holderId(row);
                    parcel = rules.check(new ParcelDraft(row.get("code"), row.get("holder_kind"), holderId,
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
                jdbc.sql("""
                        insert into registry.parcel_history (parcel_id, changed_at, actor, kind, changed_fields, changes)
                        select p.id, now(), :actor, 'UPDATED',
                               array_remove(array[
                                   case when p.holder_kind is distinct from s.holder_kind then 'holderKind' end,
                                   case when p.holder_id is distinct from s.holder_id then 'holderId' end,
                                   case when p.land_use::text is distinct from s.land_use then 'landUse' end,
                                   case when p.area is distinct from s.area then 'area' end,
                                   case when p.division_code::text is distinct from s.division_code
                                        then 'divisionCode' end,
                                   case when p.boundary is distinct from s.boundary then 'boundary' end], null),
                               (select coalesce(jsonb_object_agg(f, jsonb_build_object('old', o, 'new', n)), '{}')
                                  from (values ('holderKind', p.holder_kind, s.holder_kind),
                                               ('holderId', p.holder_id::text, s.holder_id::text),
                                               ('landUse', p.land_use::text, s.land_use),
                                               ('area', p.area::text, s.area::text),
                                               ('divisionCode', p.division_code::text, s.division_code),
                                               ('boundary', p.boundary, s.boundary)) v (f, o, n)
                                 where o is distinct from n)
                          from parcel_staging s join registry.parcel p on p.code = s.code
                         where (p.holder_kind, p.holder_id, p.land_use::text, p.area, p.division_code::text, p.boundary)
                               is distinct from
                               (s.holder_kind, s.holder_id, s.land_use, s.area, s.division_code, s.boundary)""")
                        .param("actor", actor).update();
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
                            returning p.*, (xmax = 0) as inserted),
                        registered as (
                            insert into registry.parcel_history (parcel_id, changed_at, actor, kind, changed_fields,
                                   changes)
                            select id, now(), :actor, 'REGISTERED',
                                   array['code', 'holderKind', 'holderId', 'landUse', 'area', 'divisionCode', 'boundary'],
                                   jsonb_build_object(
                                       'code', jsonb_build_object('old', null, 'new', code),
                                       'holderKind', jsonb_build_object('old', null, 'new', holder_kind),
                                       'holderId', jsonb_build_object('old', null, 'new', holder_id::text),
                                       'landUse', jsonb_build_object('old', null, 'new', land_use),
                                       'area', jsonb_build_object('old', null, 'new', area::text),
                                       'divisionCode', jsonb_build_object('old', null, 'new', division_code),
                                       'boundary', jsonb_build_object('old', null, 'new', boundary))
                              from changed where inserted)
                        select count(*) from changed""").param("actor", actor).query(Integer.class).single();
            }
        };
    }
}
