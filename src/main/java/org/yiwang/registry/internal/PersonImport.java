package org.yiwang.registry.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.PersonRules;
import org.yiwang.registry.PersonsChanged;
import org.yiwang.registry.StoredPerson;
import org.yiwang.registry.internal.importing.ImportWorkers;
import org.yiwang.registry.internal.importing.RegisterImport;
import org.yiwang.registry.internal.importing.Rejection;
import org.yiwang.registry.internal.importing.SecondaryIndexes;
import org.yiwang.registry.internal.importing.StagingCopy;

/**
 * People from CSV (the columns of {@link PersonInput}, as the synthetic generator writes them), each row checked by
 * {@link PersonRules}; an ID number may appear once per file. The import's own thread parses and checks; the
 * encryption of ID numbers and phones, the blind index and the content digest run on {@link ImportWorkers} in
 * batches that come back in file order. The register is then written by blind index in a few set-based statements:
 * new people are registered, people whose content digest differs are updated with a history row each, and people
 * whose digest is the same are left alone. Only new and changed people are named in {@link PersonsChanged} events,
 * up to 10,000 an event.
 */
@Component
class PersonImport implements RegisterImport {

    static final int BATCH = 2_000;
    /**
     * From this many good rows, a load into a register holding at most a quarter as many people drops the register's
     * secondary indexes and builds them again after the load ({@link SecondaryIndexes}).
     */
    static final int BULK_ROWS = 50_000;
    private static final Logger log = LoggerFactory.getLogger(PersonImport.class);
    /** Every field of a new person, as {@link PersonRecord#fields()} names them. */
    private static final String[] FIELDS = {"idNumber", "name", "ethnicity", "householdDivision", "householdAddress",
        "currentAddress", "phone", "maritalStatus", "status"};

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final PersonRules rules;
    private final PersonCodec codec;
    private final RegistryDigests digests;
    private final ImportWorkers workers;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final Clock clock;

    PersonImport(DataSource dataSource, JdbcClient jdbc, PersonRules rules, PersonCodec codec, RegistryDigests digests,
            ImportWorkers workers, ApplicationEventPublisher events, MessageSource messages, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.rules = rules;
        this.codec = codec;
        this.digests = digests;
        this.workers = workers;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String register() {
        return "persons";
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("id_number", "name", "ethnicity", "household_division", "household_address", "marital_status");
    }

    @Override
    public Loader start(Locale locale, String actor) {
        ChangeSource source = ChangeSource.currentStaff();
        StagingCopy staging = new StagingCopy(dataSource, """
                create temp table person_staging (id_number_index char(64), id_number_enc text, name text, sex text,
                    birth_date date, ethnicity text, household_division text, household_address text,
                    current_address text, phone_enc text, marital_status text, status text, content_digest char(64),
                    phone_index char(64)) on commit drop""",
                "copy person_staging from stdin (format csv)");
        return new PersonLoader(locale, source, staging, workers.ordered(staging::copy));
    }

    private final class PersonLoader implements Loader {

        private final Locale locale;
        private final ChangeSource source;
        private final StagingCopy staging;
        private final ImportWorkers.Ordered<byte[]> batches;
        private final FirstLines seen = new FirstLines();
        private List<PersonRecord> batch = new ArrayList<>(BATCH);
        private final long started = System.nanoTime();
        private int staged;

        PersonLoader(Locale locale, ChangeSource source, StagingCopy staging, ImportWorkers.Ordered<byte[]> batches) {
            this.locale = locale;
            this.source = source;
            this.staging = staging;
            this.batches = batches;
        }

        @Override
        public Optional<String> stage(long line, CSVRecord row) {
            PersonRecord person;
            try {
                person = rules.validate(new PersonInput(row.get("id_number"), row.get("name"),
                        ImportRows.get(row, "sex"), ImportRows.get(row, "birth_date"), row.get("ethnicity"),
                        row.get("household_division"), row.get("household_address"),
                        ImportRows.get(row, "current_address"), ImportRows.get(row, "phone"), row.get("marital_status"),
                        ImportRows.get(row, "status")));
            } catch (RuleViolationException e) {
                return Optional.of(ImportRows.reason(e, messages, locale));
            }
            int first = seen.putIfAbsent(ImportRows.idKey(person.idNumber().value()), (int) line);
            if (first != 0) {
                return Optional.of(messages.getMessage("import.row.duplicate-person",
                        new Object[] {String.valueOf(first), String.valueOf(line)}, locale));
            }
            batch.add(person);
            staged++;
            if (batch.size() == BATCH) {
                submit();
            }
            return Optional.empty();
        }

        private void submit() {
            List<PersonRecord> people = batch;
            batch = new ArrayList<>(BATCH);
            batches.submit(() -> encode(people));
        }

        /** Every good row has been read: the last batches are encrypted and copied, and the COPY ends. */
        @Override
        public List<Rejection> finish() {
            if (!batch.isEmpty()) {
                submit();
            }
            batches.finish();
            staging.flush();
            return List.of();
        }

        @Override
        public void abandon() {
            batches.cancel();
            staging.cancel();
        }

        @Override
        public int load() {
            long checked = System.nanoTime();
            int changed = write(source, staged);
            log.info("People import: {} rows checked, encrypted and staged in {} ms, "
                    + "written ({} new or changed) in {} ms", staged, (checked - started) / 1_000_000, changed,
                    (System.nanoTime() - checked) / 1_000_000);
            return changed;
        }
    }

    /** The staging rows of one batch, formatted for COPY in UTF-8; runs on a worker thread. */
    private byte[] encode(List<PersonRecord> people) {
        StringBuilder rows = new StringBuilder(people.size() * 420);
        for (PersonRecord person : people) {
            StoredPerson s = codec.encode(person);
            StagingCopy.appendRow(rows, s.idNumberIndex(), s.idNumberEnc(), s.name(), s.sex(), s.birthDate(),
                    s.ethnicity(), s.householdDivision(), s.householdAddress(), s.currentAddress(), s.phoneEnc(),
                    s.maritalStatus(), s.status(), digests.person(person), digests.phone(person.phone()));
        }
        return rows.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** How long each step of writing took, for the log. */
    private static final class Steps {

        private final StringBuilder done = new StringBuilder();
        private long last = System.nanoTime();

        void done(String step) {
            long now = System.nanoTime();
            done.append(done.isEmpty() ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return done.toString();
        }
    }

    /** The number of people in the register, counted up to {@code limit}. */
    private long existingAtMost(long limit) {
        return jdbc.sql("select count(*) from (select 1 from registry.person limit :limit) p").param("limit", limit)
                .query(Long.class).single();
    }

    /** Writes the staged people into the register; the number registered or changed. */
    private int write(ChangeSource source, int staged) {
        Timestamp now = Timestamp.from(clock.instant().truncatedTo(ChronoUnit.MICROS));
        Steps steps = new Steps();
        // a large load into a nearly empty register builds its indexes once at the end instead of row by row
        SecondaryIndexes rebuilt = null;
        if (staged >= BULK_ROWS && existingAtMost(staged / 4 + 1) <= staged / 4) {
            rebuilt = SecondaryIndexes.drop(jdbc, List.of("registry.person", "registry.person_history"));
        } else {
            // other writers wait until this import commits; readers go on
            jdbc.sql("lock table registry.person in share row exclusive mode").update();
        }
        steps.done("lock");
        jdbc.sql("analyze person_staging").update();
        // the joins and the rows they return stay in memory instead of spilling to temporary files
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("create temp table person_touched (person_id bigint, changed text[]) "
                + "on commit drop").update();
        jdbc.sql("""
                create temp table person_diff on commit drop as
                select p.id, p.version + 1 as version, s.*,
                       array_remove(array[
                           case when p.name is distinct from s.name then 'name' end,
                           case when p.ethnicity::text is distinct from s.ethnicity then 'ethnicity' end,
                           case when p.household_division::text is distinct from s.household_division
                                then 'householdDivision' end,
                           case when p.household_address is distinct from s.household_address
                                then 'householdAddress' end,
                           case when p.current_address is distinct from s.current_address then 'currentAddress' end,
                           case when p.phone_index is distinct from s.phone_index then 'phone' end,
                           case when p.marital_status::text is distinct from s.marital_status then 'maritalStatus' end,
                           case when p.status is distinct from s.status then 'status' end], null) as changed,
                       (select coalesce(jsonb_object_agg(f, jsonb_build_object('old', o, 'new', n)), '{}'::jsonb)
                          from (values ('name', p.name, s.name), ('ethnicity', p.ethnicity::text, s.ethnicity),
                                       ('householdDivision', p.household_division::text, s.household_division),
                                       ('householdAddress', p.household_address, s.household_address),
                                       ('currentAddress', p.current_address, s.current_address),
                                       ('maritalStatus', p.marital_status::text, s.marital_status),
                                       ('status', p.status, s.status)) v (f, o, n)
                         where o is distinct from n) as changes
                  from person_staging s join registry.person p on p.id_number_index = s.id_number_index
                 where p.content_digest is distinct from s.content_digest""").update();
        steps.done("compare");
        jdbc.sql("""
                update registry.person p
                   set name = d.name, ethnicity = d.ethnicity, household_division = d.household_division,
                       household_address = d.household_address, current_address = d.current_address,
                       phone_enc = d.phone_enc, marital_status = d.marital_status, status = d.status,
                       supplied_by = :department, changed_at = :now, version = d.version,
                       content_digest = d.content_digest, phone_index = d.phone_index
                  from person_diff d
                 where p.id = d.id and cardinality(d.changed) > 0""")
                .param("department", source.departmentId()).param("now", now).update();
        // a record stored before the digests existed and equal in content only gets its digest
        jdbc.sql("""
                update registry.person p set content_digest = d.content_digest, phone_index = d.phone_index
                  from person_diff d where p.id = d.id and cardinality(d.changed) = 0""").update();
        jdbc.sql("""
                with history as (
                    insert into registry.person_history (person_id, version, changed_at, department_id, actor, kind,
                           changed_fields, changes)
                    select id, version, :now, :department, :actor, 'UPDATED', changed, changes
                      from person_diff where cardinality(changed) > 0)
                insert into person_touched select id, changed
                  from person_diff where cardinality(changed) > 0""")
                .param("now", now).param("department", source.departmentId()).param("actor", source.actor())
                .update();
        steps.done("update");
        jdbc.sql("""
                with inserted as (
                    insert into registry.person (id_number_index, id_number_enc, name, sex, birth_date, ethnicity,
                           household_division, household_address, current_address, phone_enc, marital_status, status,
                           supplied_by, changed_at, version, content_digest, phone_index)
                    select s.id_number_index, s.id_number_enc, s.name, s.sex, s.birth_date, s.ethnicity,
                           s.household_division, s.household_address, s.current_address, s.phone_enc,
                           s.marital_status, s.status, :department, :now, 1, s.content_digest, s.phone_index
                      from person_staging s
                     where not exists (select 1 from registry.person p where p.id_number_index = s.id_number_index)
                    returning id),
                history as (
                    insert into registry.person_history (person_id, version, changed_at, department_id, actor, kind,
                           changed_fields, changes)
                    -- the values are the record's own: the history reading puts them back (HistoryReading)
                    select id, 1, :now, :department, :actor, 'REGISTERED', cast(:fields as text[]), '{}'::jsonb
                      from inserted)
                insert into person_touched select id, cast(:fields as text[]) from inserted""")
                .param("now", now).param("department", source.departmentId()).param("actor", source.actor())
                .param("fields", FIELDS).update();
        steps.done("register");
        if (rebuilt != null) {
            rebuilt.rebuild();
            steps.done(rebuilt.count() + " indexes rebuilt");
        }
        int published = publish(now.toInstant());
        steps.done("events");
        log.info("People import, written in steps: {}", steps);
        return published;
    }

    /**
     * One {@link PersonsChanged} per batch of new or changed people with the same changed fields, read back in order
     * so that a large import never holds them all; the number of people named.
     */
    private int publish(Instant at) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(PersonsChanged.MAX_PEOPLE);
        ChangeBatches<PersonId> batches = new ChangeBatches<>(PersonsChanged.MAX_PEOPLE,
                (people, fields) -> events.publishEvent(new PersonsChanged(people, fields, at)));
        // the fields as one string: cheaper to read back a million times than an array
        streaming.query("""
                        select person_id, array_to_string(changed, ',') from person_touched
                         order by changed, person_id""",
                rs -> {
                    batches.add(new PersonId(rs.getLong(1)), rs.getString(2));
                });
        return batches.finish();
    }
}
