package org.yiwang.registry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.EntitiesChanged;
import org.yiwang.registry.EntityId;
import org.yiwang.registry.EntityInput;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.EntityRules;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.internal.importing.Rejection;
import org.yiwang.registry.internal.importing.RegisterImport;
import org.yiwang.registry.internal.importing.StagingCopy;

/**
 * Legal entities from CSV (the columns of {@link EntityInput}), each row checked by {@link EntityRules}; a credit code
 * may appear once per file. The legal representatives are looked up in the population register in batches once the
 * whole file is read, inside the import's transaction, so people loaded by an earlier import count; a row whose
 * representative is not registered is rejected. Written by credit code as {@link PersonImport} writes people.
 */
@Component
class EntityImport implements RegisterImport {

    private static final int LOOKUP = 5_000;
    private static final String[] FIELDS = {"creditCode", "name", "type", "legalRepresentative", "registeredCapital",
        "establishedOn", "registrationAuthority", "domicileDivision", "domicileAddress", "businessScope", "status"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final EntityRules rules;
    private final PersonCodec codec;
    private final RegistryDigests digests;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    EntityImport(DataSource dataSource, JdbcClient jdbc, EntityRules rules, PersonCodec codec, RegistryDigests digests,
            ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.rules = rules;
        this.codec = codec;
        this.digests = digests;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String register() {
        return "entities";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("credit_code", "name", "type", "legal_representative_id_number", "registered_capital",
                "established_on", "registration_authority", "domicile_division", "domicile_address");
    }

    @Override
    public Loader start(Locale locale, String actor) {
        ChangeSource source = ChangeSource.currentStaff();
        StagingCopy staging = new StagingCopy(dataSource, """
                create temp table entity_staging (credit_code char(18), name text, entity_type text,
                    legal_representative_id bigint, registered_capital numeric(20, 2), established_on date,
                    registration_authority text, domicile_division text, domicile_address text, business_scope text,
                    status text, content_digest char(64)) on commit drop""",
                "copy entity_staging from stdin (format csv)");
        return new EntityLoader(locale, source, staging);
    }

    private record Pending(long line, EntityRecord entity, String representativeIndex) {
    }

    private final class EntityLoader implements Loader {

        private final Locale locale;
        private final ChangeSource source;
        private final StagingCopy staging;
        private final Map<String, Integer> seen = new HashMap<>();
        private final List<Pending> pending = new ArrayList<>();

        EntityLoader(Locale locale, ChangeSource source, StagingCopy staging) {
            this.locale = locale;
            this.source = source;
            this.staging = staging;
        }

        @Override
        public Optional<String> stage(long line, CSVRecord row) {
            EntityRecord entity;
            try {
                entity = rules.validate(new EntityInput(row.get("credit_code"), row.get("name"), row.get("type"),
                        row.get("legal_representative_id_number"), row.get("registered_capital"),
                        row.get("established_on"), row.get("registration_authority"), row.get("domicile_division"),
                        row.get("domicile_address"), ImportRows.get(row, "business_scope"),
                        ImportRows.get(row, "status")));
            } catch (RuleViolationException e) {
                return Optional.of(ImportRows.reason(e, messages, locale));
            }
            Integer first = seen.putIfAbsent(entity.creditCode().value(), (int) line);
            if (first != null) {
                return Optional.of(messages.getMessage("import.row.duplicate-entity",
                        new Object[] {String.valueOf(first), String.valueOf(line)}, locale));
            }
            pending.add(new Pending(line, entity, codec.index(entity.legalRepresentative())));
            return Optional.empty();
        }

        @Override
        public List<Rejection> finish() {
            Map<String, Long> representatives = representatives(pending);
            String unknown = "legal_representative_id_number：" + messages.getMessage(
                    "rule.registry.representative.unknown", null, locale);
            List<Rejection> rejected = new ArrayList<>();
            for (Pending p : pending) {
                Long representative = representatives.get(p.representativeIndex());
                if (representative == null) {
                    rejected.add(new Rejection(p.line(), unknown));
                    continue;
                }
                EntityRecord e = p.entity();
                staging.add(e.creditCode().value(), e.name(), e.type().name(), representative,
                        e.registeredCapital().toPlainString(), e.establishedOn(), e.registrationAuthority(),
                        e.domicileDivision().value(), e.domicileAddress(), e.businessScope(), e.status().name(),
                        digests.entity(e));
            }
            pending.clear();
            return rejected;
        }

        @Override
        public int load() {
            staging.flush();
            return write(source);
        }
    }

    /** The person id of every representative who is in the population register, by blind index. */
    private Map<String, Long> representatives(List<Pending> pending) {
        Set<String> indexes = new LinkedHashSet<>();
        pending.forEach(p -> indexes.add(p.representativeIndex()));
        List<String> all = new ArrayList<>(indexes);
        Map<String, Long> found = new HashMap<>();
        for (int from = 0; from < all.size(); from += LOOKUP) {
            String[] chunk = all.subList(from, Math.min(all.size(), from + LOOKUP)).toArray(String[]::new);
            jdbc.sql("select id_number_index, id from registry.person where id_number_index = any (?)").param(chunk)
                    .query(rs -> {
                        found.put(rs.getString(1).strip(), rs.getLong(2));
                    });
        }
        return found;
    }

    private int write(ChangeSource source) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("lock table registry.legal_entity in share row exclusive mode").update();
        jdbc.sql("analyze entity_staging").update();
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("create temp table entity_touched (entity_id bigint, credit_code text, changed text[]) on commit drop")
                .update();
        jdbc.sql("""
                create temp table entity_diff on commit drop as
                select e.id, e.version + 1 as version, s.*,
                       array_remove(array[
                           case when e.name is distinct from s.name then 'name' end,
                           case when e.entity_type is distinct from s.entity_type then 'type' end,
                           case when e.legal_representative_id is distinct from s.legal_representative_id
                                then 'legalRepresentative' end,
                           case when e.registered_capital is distinct from s.registered_capital
                                then 'registeredCapital' end,
                           case when e.established_on is distinct from s.established_on then 'establishedOn' end,
                           case when e.registration_authority is distinct from s.registration_authority
                                then 'registrationAuthority' end,
                           case when e.domicile_division::text is distinct from s.domicile_division
                                then 'domicileDivision' end,
                           case when e.domicile_address is distinct from s.domicile_address then 'domicileAddress' end,
                           case when e.business_scope is distinct from s.business_scope then 'businessScope' end,
                           case when e.status is distinct from s.status then 'status' end], null) as changed,
                       (select coalesce(jsonb_object_agg(f, jsonb_build_object('old', o, 'new', n)), '{}'::jsonb)
                          from (values ('name', e.name, s.name), ('type', e.entity_type, s.entity_type),
                                       ('registeredCapital', e.registered_capital::text, s.registered_capital::text),
                                       ('establishedOn', e.established_on::text, s.established_on::text),
                                       ('registrationAuthority', e.registration_authority, s.registration_authority),
                                       ('domicileDivision', e.domicile_division::text, s.domicile_division),
                                       ('domicileAddress', e.domicile_address, s.domicile_address),
                                       ('businessScope', e.business_scope, s.business_scope),
                                       ('status', e.status, s.status)) v (f, o, n)
                         where o is distinct from n) as changes
                  from entity_staging s join registry.legal_entity e on e.credit_code = s.credit_code
                 where e.content_digest is distinct from s.content_digest""").update();
        jdbc.sql("""
                update registry.legal_entity e
                   set name = d.name, entity_type = d.entity_type, legal_representative_id = d.legal_representative_id,
                       registered_capital = d.registered_capital, established_on = d.established_on,
                       registration_authority = d.registration_authority, domicile_division = d.domicile_division,
                       domicile_address = d.domicile_address, business_scope = d.business_scope, status = d.status,
                       supplied_by = :department, changed_at = :now, version = d.version,
                       content_digest = d.content_digest
                  from entity_diff d
                 where e.id = d.id and cardinality(d.changed) > 0""")
                .param("department", source.departmentId()).param("now", now).update();
        jdbc.sql("""
                update registry.legal_entity e set content_digest = d.content_digest
                  from entity_diff d where e.id = d.id and cardinality(d.changed) = 0""").update();
        jdbc.sql("""
                with history as (
                    insert into registry.legal_entity_history (entity_id, version, changed_at, department_id, actor,
                           kind, changed_fields, changes)
                    select id, version, :now, :department, :actor, 'UPDATED', changed, changes
                      from entity_diff where cardinality(changed) > 0)
                insert into entity_touched select id, credit_code, changed
                  from entity_diff where cardinality(changed) > 0""")
                .param("now", now).param("department", source.departmentId()).param("actor", source.actor())
                .update();
        jdbc.sql("""
                with inserted as (
                    insert into registry.legal_entity (credit_code, name, entity_type, legal_representative_id,
                           registered_capital, established_on, registration_authority, domicile_division,
                           domicile_address, business_scope, status, supplied_by, changed_at, version, content_digest)
                    select s.credit_code, s.name, s.entity_type, s.legal_representative_id, s.registered_capital,
                           s.established_on, s.registration_authority, s.domicile_division, s.domicile_address,
                           s.business_scope, s.status, :department, :now, 1, s.content_digest
                      from entity_staging s
                     where not exists (select 1 from registry.legal_entity e where e.credit_code = s.credit_code)
                    returning *),
                history as (
                    insert into registry.legal_entity_history (entity_id, version, changed_at, department_id, actor,
                           kind, changed_fields, changes)
                    select id, 1, :now, :department, :actor, 'REGISTERED', cast(:fields as text[]),
                           jsonb_build_object(
                               'creditCode', jsonb_build_object('old', null, 'new', credit_code),
                               'name', jsonb_build_object('old', null, 'new', name),
                               'type', jsonb_build_object('old', null, 'new', entity_type),
                               'registeredCapital', jsonb_build_object('old', null, 'new', registered_capital::text),
                               'establishedOn', jsonb_build_object('old', null, 'new', established_on::text),
                               'registrationAuthority', jsonb_build_object('old', null, 'new', registration_authority),
                               'domicileDivision', jsonb_build_object('old', null, 'new', domicile_division),
                               'domicileAddress', jsonb_build_object('old', null, 'new', domicile_address),
                               'businessScope', jsonb_build_object('old', null, 'new', business_scope),
                               'status', jsonb_build_object('old', null, 'new', status))
                      from inserted)
                insert into entity_touched select id, credit_code, cast(:fields as text[]) from inserted""")
                .param("now", now).param("department", source.departmentId()).param("actor", source.actor())
                .param("fields", FIELDS).update();
        return publish(now.toInstant());
    }

    /** One {@link EntitiesChanged} per batch of new or changed entities with the same changed fields. */
    private int publish(Instant at) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(EntitiesChanged.MAX_ENTITIES);
        ChangeBatches<Touched> batches = new ChangeBatches<>(EntitiesChanged.MAX_ENTITIES,
                (entities, fields) -> events.publishEvent(new EntitiesChanged(
                        entities.stream().map(Touched::id).toList(), entities.stream().map(Touched::code).toList(),
                        fields, at)));
        streaming.query("""
                        select entity_id, credit_code, array_to_string(changed, ',') from entity_touched
                         order by changed, entity_id""",
                rs -> {
                    batches.add(new Touched(new EntityId(rs.getLong(1)), rs.getString(2)), rs.getString(3));
                });
        return batches.finish();
    }

    private record Touched(EntityId id, String code) {
    }
}
