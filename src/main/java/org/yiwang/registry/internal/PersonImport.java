package org.yiwang.registry.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.yiwang.common.RuleViolationException;
import org.yiwang.registry.ChangeSource;
import org.yiwang.registry.PersonCodec;
import org.yiwang.registry.PersonId;
import org.yiwang.registry.PersonInput;
import org.yiwang.registry.PersonRecord;
import org.yiwang.registry.PersonRules;
import org.yiwang.registry.PersonsChanged;
import org.yiwang.registry.StoredPerson;
import org.yiwang.registry.internal.importing.BinaryCopy;
import org.yiwang.registry.internal.importing.BinaryRows;
import org.yiwang.registry.internal.importing.ImportWorkers;
import org.yiwang.registry.internal.importing.RegisterImport;
import org.yiwang.registry.internal.importing.Rejection;
import org.yiwang.registry.internal.importing.SecondaryIndexes;

/**
 * People from CSV (the columns of {@link PersonInput}, as the synthetic generator writes them). The import's own thread
 * only parses; {@link ImportWorkers} check each row with {@link PersonRules}, encrypt the ID number and phone, compute
 * the blind index and the phone index and format the row for a binary COPY, in batches that come back in file order
 * to a writer thread, which rejects repeated ID numbers (the first line wins) and streams the good rows into one
 * COPY while the next batches are parsed and encrypted.
 *
 * <p>Where the rows go is decided once {@value #BULK_ROWS} rows have been read (or the file has ended):
 * <ul>
 *   <li><b>Straight into the register</b> when the file is that large and the register holds at most a quarter as
 *   many people (a register being filled). Its secondary indexes are dropped under an exclusive lock and built again
 *   at the end. The people of the file who were registered already (known by their blind index, read when the
 *   import began) are kept apart and merged like below; the registration of the others is recorded once for the
 *   range of ids they were given, and their events come from that range. A savepoint taken before the drop undoes
 *   it all when the file is not to be loaded.</li>
 *   <li><b>Through a staging table</b> otherwise: the register is then merged by blind index in a few set-based
 *   statements while readers go on: new people are registered, people who differ in any field (the phone by its
 *   keyed index, as it is stored encrypted) are updated with a history row each, and the others are left alone.</li>
 * </ul>
 * Only new and changed people are named in {@link PersonsChanged} events, up to 10,000 an event.
 */
@Component
class PersonImport implements RegisterImport {

    static final int BATCH = 2_000;
    /**
     * Rows read before the import decides where they go; also, from this many good rows, a staged load into a register
     * holding at most a quarter as many people drops and rebuilds the register's secondary indexes
     * ({@link SecondaryIndexes}).
     */
    static final int BULK_ROWS = 50_000;
    private static final Logger log = LoggerFactory.getLogger(PersonImport.class);
    /** Every field of a new person, as {@link PersonRecord#fields()} names them. */
    private static final String[] FIELDS = {"idNumber", "name", "ethnicity", "householdDivision", "householdAddress",
        "currentAddress", "phone", "maritalStatus", "status"};
    /** The columns every loaded row fills, in the order of {@link #encode}. */
    private static final String COLUMNS = "id_number_index, id_number_enc, name, sex, birth_date, ethnicity, "
            + "household_division, household_address, current_address, phone_enc, marital_status, status, supplied_by, "
            + "changed_at, version, phone_index";
    private static final int COLUMN_COUNT = 16;
    private static final String STAGING = """
            create temp table person_staging (id_number_index char(64) collate "C", id_number_enc text, name text,
                sex text, birth_date date, ethnicity char(2), household_division char(6), household_address text,
                current_address text, phone_enc text, marital_status char(2), status text, supplied_by bigint,
                changed_at timestamptz, version integer, phone_index char(64) collate "C") on commit drop""";

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
        // a register small enough to be loaded straight into: whom it holds, so that they can be kept apart
        Set<String> registered = existingAtMost(BULK_ROWS / 4 + 1) <= BULK_ROWS / 4 ? registered() : null;
        return new PersonLoader(locale, ChangeSource.currentStaff(), clock.instant().truncatedTo(ChronoUnit.MICROS),
                registered);
    }

    /** Where in a row of this file each value of {@link PersonInput} is, in its order; -1 for a column it lacks. */
    private record Columns(int[] at) {

        static final List<String> NAMES = List.of("id_number", "name", "sex", "birth_date", "ethnicity",
                "household_division", "household_address", "current_address", "phone", "marital_status", "status");

        static Columns of(CSVRecord row) {
            Map<String, Integer> header = row.getParser().getHeaderMap();
            return new Columns(NAMES.stream().mapToInt(name -> header.getOrDefault(name, -1)).toArray());
        }

        String get(CSVRecord row, int value) {
            return at[value] < 0 ? null : row.get(at[value]);
        }
    }

    /** A row of the file as read, checked later on a worker. */
    private record Row(long line, CSVRecord values) {
    }

    /**
     * One batch, checked and formatted: the binary rows of the good ones back to back, and for each row of the batch
     * where its bytes end, its ID-number key, its line, the reason it was rejected if it was, and whether the person
     * was registered when the import began.
     */
    private record Encoded(BinaryRows rows, int[] ends, long[] keys, long[] lines, String[] reasons,
            boolean[] registered) {
    }

    /** Good rows held until the import knows where they go. */
    private record Chunk(byte[] bytes, int length) {
    }

    private final class PersonLoader implements Loader {

        private final Locale locale;
        private final ChangeSource source;
        private final Instant now;
        private final Set<String> registeredAtStart;
        private final ImportWorkers.Ordered<Encoded> batches;
        private final long started = System.nanoTime();
        // the request thread's
        private List<Row> batch = new ArrayList<>(BATCH);
        private Columns columns;
        private long read;
        private boolean direct;
        private boolean registeredSince;
        private Object savepoint;
        private SecondaryIndexes dropped;
        private long lastIdBefore;
        // the writer thread's until the batches are drained
        private final FirstLines seen = new FirstLines();
        private final List<Rejection> rejected = new ArrayList<>();
        private final List<Chunk> held = new ArrayList<>();
        private final BinaryRows known = new BinaryRows(1 << 12);
        private volatile BinaryCopy copy;
        private int good;

        PersonLoader(Locale locale, ChangeSource source, Instant now, Set<String> registeredAtStart) {
            this.locale = locale;
            this.source = source;
            this.now = now;
            this.registeredAtStart = registeredAtStart;
            this.batches = workers.ordered(this::write);
        }

        @Override
        public Optional<String> stage(long line, CSVRecord row) {
            if (columns == null) {
                columns = Columns.of(row);
            }
            batch.add(new Row(line, row));
            read++;
            if (batch.size() == BATCH) {
                submit();
            }
            if (read == BULK_ROWS && copy == null) {
                submit();
                batches.drain();
                decide(true);
            }
            return Optional.empty();
        }

        private void submit() {
            if (batch.isEmpty()) {
                return;
            }
            List<Row> rows = batch;
            batch = new ArrayList<>(BATCH);
            Columns columns = this.columns;
            batches.submit(() -> encode(rows, columns, locale, source, now, registeredAtStart));
        }

        /**
         * On the writer thread: repeated ID numbers out, people registered already kept apart, the other good rows on
         * to the COPY (or held until it opens).
         */
        private void write(Encoded encoded) {
            byte[] bytes = encoded.rows().bytes();
            int kept = 0;
            int from = 0;
            for (int i = 0; i < encoded.ends().length; i++) {
                int end = encoded.ends()[i];
                long line = encoded.lines()[i];
                String reason = encoded.reasons()[i];
                if (reason == null) {
                    int first = seen.putIfAbsent(encoded.keys()[i], (int) line);
                    if (first != 0) {
                        reason = messages.getMessage("import.row.duplicate-person",
                                new Object[] {String.valueOf(first), String.valueOf(line)}, locale);
                    }
                }
                if (reason != null) {
                    rejected.add(new Rejection(line, reason));
                } else if (encoded.registered()[i]) {
                    known.append(bytes, from, end - from);
                    good++;
                } else {
                    if (kept != from) {
                        System.arraycopy(bytes, from, bytes, kept, end - from);
                    }
                    kept += end - from;
                    good++;
                }
                from = end;
            }
            BinaryCopy open = copy;
            if (open == null) {
                held.add(new Chunk(bytes, kept));
            } else {
                open.write(bytes, 0, kept);
            }
        }

        /**
         * On the import's thread, with no batch in flight: straight into the register or into a staging table (see
         * the class comment), and the rows held so far after them.
         */
        private void decide(boolean large) {
            direct = large && registeredAtStart != null;
            String table;
            if (direct) {
                savepoint = TransactionAspectSupport.currentTransactionStatus().createSavepoint();
                dropped = SecondaryIndexes.drop(jdbc, List.of("registry.person"));
                lastIdBefore = jdbc.sql("select coalesce(max(id), 0) from registry.person").query(Long.class).single();
                // someone registered or renumbered since the import began: its rows are checked against the register
                registeredSince = !registered().equals(registeredAtStart);
                table = "registry.person";
            } else {
                jdbc.sql(STAGING).update();
                table = "person_staging";
            }
            BinaryCopy opened = new BinaryCopy(DataSourceUtils.getConnection(dataSource),
                    "copy " + table + " (" + COLUMNS + ") from stdin (format binary)");
            held.forEach(chunk -> opened.write(chunk.bytes(), 0, chunk.length()));
            held.clear();
            copy = opened;
        }

        /** Every row has been read: the last batches are checked and copied, and the COPY ends. */
        @Override
        public List<Rejection> finish() {
            submit();
            batches.drain();
            if (copy == null) {
                decide(read >= BULK_ROWS);
            }
            batches.finish();
            if (!direct) {
                copy.write(known.bytes(), 0, known.size());
            }
            copy.end();
            rejected.sort(Comparator.comparingLong(Rejection::line));
            return rejected;
        }

        @Override
        public void abandon() {
            batches.cancel();
            if (copy != null) {
                copy.cancel();
            }
        }

        @Override
        public void discard() {
            if (savepoint != null) {
                TransactionAspectSupport.currentTransactionStatus().rollbackToSavepoint(savepoint);
            }
        }

        @Override
        public int load() {
            long checked = System.nanoTime();
            int changed = direct ? loadDirect() : loadStaged(source, now, good);
            log.info("People import: {} rows checked, encrypted and copied {} in {} ms, "
                    + "written ({} new or changed) in {} ms", good, direct ? "into the register" : "to staging",
                    (checked - started) / 1_000_000, changed, (System.nanoTime() - checked) / 1_000_000);
            return changed;
        }

        /**
         * Finishes a load that went straight into the register: the people who were registered before are merged, the
         * registration of the new ones is recorded for their range of ids, the indexes are built again, and the events
         * go out; the number registered or changed.
         */
        private int loadDirect() {
            Steps steps = new Steps();
            // the ids the COPY gave: one registration for the range, as nobody else could insert under the lock
            long[] range = jdbc.sql("select min(id), max(id), count(*) from registry.person where id > ?")
                    .param(lastIdBefore).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                    .single();
            int merging = 0;
            if (known.size() > 0 || registeredSince) {
                jdbc.sql(STAGING).update();
                BinaryCopy staging = new BinaryCopy(DataSourceUtils.getConnection(dataSource),
                        "copy person_staging (" + COLUMNS + ") from stdin (format binary)");
                staging.write(known.bytes(), 0, known.size());
                merging += (int) staging.end();
                if (registeredSince) {
                    merging += jdbc.sql("""
                            with known as (
                                delete from registry.person n using registry.person o
                                 where n.id > :last and o.id <= :last and o.id_number_index = n.id_number_index
                                returning n.*)
                            insert into person_staging (%s) select %s from known""".formatted(COLUMNS, COLUMNS))
                            .param("last", lastIdBefore).update();
                }
                if (merging > 0) {
                    merge(source, Timestamp.from(now));
                    // anyone renumbered away since the import began is registered anew, like in a staged load
                    registerStaged(source, Timestamp.from(now));
                }
            }
            if (registeredSince && range[2] > 0) {
                // the rows taken back out leave gaps in the range
                range[2] = jdbc.sql("select count(*) from registry.person where id between ? and ?")
                        .params(range[0], range[1]).query(Long.class).single();
            }
            steps.done(merging + " registered before merged");
            if (range[2] > 0) {
                jdbc.sql("""
                        insert into registry.person_registration_batch (first_person_id, last_person_id,
                               registered_at, department_id, actor, changed_fields)
                        values (:first, :last, :now, :department, :actor, cast(:fields as text[]))""")
                        .param("first", range[0]).param("last", range[1]).param("now", Timestamp.from(now))
                        .param("department", source.departmentId()).param("actor", source.actor())
                        .param("fields", FIELDS).update();
            }
            steps.done("registration");
            dropped.rebuild();
            steps.done(dropped.count() + " indexes rebuilt");
            jdbc.sql("analyze registry.person").update();
            steps.done("analyze");
            // one COPY numbers its rows one after the other, so the new ids are usually the whole range
            boolean whole = range[2] == range[1] - range[0] + 1;
            int published = publish(now, merging > 0, range, whole);
            steps.done("events");
            log.info("People import into the register, written in steps: {}", steps);
            return published;
        }
    }

    /** A batch of rows checked and formatted for COPY; runs on a worker thread. */
    private Encoded encode(List<Row> rows, Columns columns, Locale locale, ChangeSource source, Instant now,
            Set<String> registered) {
        int n = rows.size();
        BinaryRows out = new BinaryRows(n * 400);
        int[] ends = new int[n];
        long[] keys = new long[n];
        long[] lines = new long[n];
        String[] reasons = new String[n];
        boolean[] known = new boolean[n];
        for (int i = 0; i < n; i++) {
            Row row = rows.get(i);
            lines[i] = row.line();
            CSVRecord values = row.values();
            try {
                PersonRecord person = rules.validate(new PersonInput(columns.get(values, 0), columns.get(values, 1),
                        columns.get(values, 2), columns.get(values, 3), columns.get(values, 4),
                        columns.get(values, 5), columns.get(values, 6), columns.get(values, 7),
                        columns.get(values, 8), columns.get(values, 9), columns.get(values, 10)));
                keys[i] = ImportRows.idKey(person.idNumber().value());
                StoredPerson s = codec.encode(person);
                known[i] = registered != null && registered.contains(s.idNumberIndex());
                out.row(COLUMN_COUNT);
                out.text(s.idNumberIndex()).text(s.idNumberEnc()).text(s.name()).text(s.sex()).date(s.birthDate())
                        .text(s.ethnicity()).text(s.householdDivision()).text(s.householdAddress())
                        .text(s.currentAddress()).text(s.phoneEnc()).text(s.maritalStatus()).text(s.status())
                        .bigint(source.departmentId()).timestamp(now).integer(1)
                        .text(digests.phone(person.phone()));
            } catch (RuleViolationException e) {
                keys[i] = -1;
                reasons[i] = ImportRows.reason(e, messages, locale);
            }
            ends[i] = out.size();
        }
        return new Encoded(out, ends, keys, lines, reasons, known);
    }

    /** The blind indexes of everyone in the register. */
    private Set<String> registered() {
        return new HashSet<>(jdbc.sql("select id_number_index from registry.person").query(String.class).list());
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

    /** Merges the staged people into the register; the number registered or changed. */
    private int loadStaged(ChangeSource source, Instant at, int staged) {
        Timestamp now = Timestamp.from(at);
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
        merge(source, now);
        steps.done("compare and update");
        registerStaged(source, now);
        steps.done("register");
        if (rebuilt != null) {
            rebuilt.rebuild();
            steps.done(rebuilt.count() + " indexes rebuilt");
        }
        int published = publish(at, true, null, false);
        steps.done("events");
        log.info("People import through staging, written in steps: {}", steps);
        return published;
    }

    /**
     * Registers the staged people whom the register does not hold, each with a history row; they go into
     * {@code person_touched} with every field.
     */
    private void registerStaged(ChangeSource source, Timestamp now) {
        jdbc.sql("""
                with inserted as (
                    insert into registry.person (%s)
                    select %s from person_staging s
                     where not exists (select 1 from registry.person p where p.id_number_index = s.id_number_index)
                    returning id),
                history as (
                    insert into registry.person_history (person_id, version, changed_at, department_id, actor, kind,
                           changed_fields, changes)
                    -- the values are the record's own: the history reading puts them back (HistoryReading)
                    select id, 1, :now, :department, :actor, 'REGISTERED', cast(:fields as text[]), '{}'::jsonb
                      from inserted)
                insert into person_touched select id, cast(:fields as text[]) from inserted""".formatted(COLUMNS,
                        COLUMNS))
                .param("now", now).param("department", source.departmentId()).param("actor", source.actor())
                .param("fields", FIELDS).update();
    }

    /**
     * Compares the staged people with the register by blind index and updates those who differ in any field, each
     * with a history row; they go into {@code person_touched} with their changed fields.
     */
    private void merge(ChangeSource source, Timestamp now) {
        jdbc.sql("analyze person_staging").update();
        // the joins and the rows they return stay in memory instead of spilling to temporary files
        jdbc.sql("set local work_mem = '256MB'").update();
        jdbc.sql("create temp table person_touched (person_id bigint, changed text[]) on commit drop").update();
        jdbc.sql("""
                create temp table person_diff on commit drop as
                select p.id, p.version + 1 as version, s.id_number_index, s.name, s.ethnicity, s.household_division,
                       s.household_address, s.current_address, s.phone_enc, s.marital_status, s.status, s.phone_index,
                       array_remove(array[
                           case when p.name is distinct from s.name then 'name' end,
                           case when p.ethnicity is distinct from s.ethnicity then 'ethnicity' end,
                           case when p.household_division is distinct from s.household_division
                                then 'householdDivision' end,
                           case when p.household_address is distinct from s.household_address
                                then 'householdAddress' end,
                           case when p.current_address is distinct from s.current_address then 'currentAddress' end,
                           case when p.phone_index is distinct from s.phone_index then 'phone' end,
                           case when p.marital_status is distinct from s.marital_status then 'maritalStatus' end,
                           case when p.status is distinct from s.status then 'status' end], null) as changed,
                       (select coalesce(jsonb_object_agg(f, jsonb_build_object('old', o, 'new', n)), '{}'::jsonb)
                          from (values ('name', p.name, s.name), ('ethnicity', p.ethnicity::text, s.ethnicity::text),
                                       ('householdDivision', p.household_division::text, s.household_division::text),
                                       ('householdAddress', p.household_address, s.household_address),
                                       ('currentAddress', p.current_address, s.current_address),
                                       ('maritalStatus', p.marital_status::text, s.marital_status::text),
                                       ('status', p.status, s.status)) v (f, o, n)
                         where o is distinct from n) as changes
                  from person_staging s join registry.person p on p.id_number_index = s.id_number_index
                 where (p.name, p.ethnicity, p.household_division, p.household_address, p.current_address,
                        p.phone_index, p.marital_status, p.status)
                       is distinct from (s.name, s.ethnicity, s.household_division, s.household_address,
                        s.current_address, s.phone_index, s.marital_status, s.status)""").update();
        jdbc.sql("""
                update registry.person p
                   set name = d.name, ethnicity = d.ethnicity, household_division = d.household_division,
                       household_address = d.household_address, current_address = d.current_address,
                       phone_enc = d.phone_enc, marital_status = d.marital_status, status = d.status,
                       supplied_by = :department, changed_at = :now, version = d.version, phone_index = d.phone_index
                  from person_diff d
                 where p.id = d.id""")
                .param("department", source.departmentId()).param("now", now).update();
        jdbc.sql("""
                with history as (
                    insert into registry.person_history (person_id, version, changed_at, department_id, actor, kind,
                           changed_fields, changes)
                    select id, version, :now, :department, :actor, 'UPDATED', changed, changes from person_diff)
                insert into person_touched select id, changed from person_diff""")
                .param("now", now).param("department", source.departmentId()).param("actor", source.actor())
                .update();
    }

    /**
     * One {@link PersonsChanged} per batch of new or changed people with the same changed fields, read back in order
     * so that a large import never holds them all: the people in {@code person_touched} if {@code touched}, then
     * those registered in {@code range} (first id, last id, how many; or null), every id of it without reading them
     * back when it is {@code whole}; the number of people named.
     */
    private int publish(Instant at, boolean touched, long[] range, boolean whole) {
        JdbcTemplate streaming = new JdbcTemplate(dataSource);
        streaming.setFetchSize(PersonsChanged.MAX_PEOPLE);
        ChangeBatches<PersonId> batches = new ChangeBatches<>(PersonsChanged.MAX_PEOPLE,
                (people, fields) -> events.publishEvent(new PersonsChanged(people, fields, at)));
        if (touched) {
            // the fields as one string: cheaper to read back a million times than an array
            streaming.query("select person_id, array_to_string(changed, ',') from person_touched "
                            + "order by changed, person_id",
                    rs -> {
                        batches.add(new PersonId(rs.getLong(1)), rs.getString(2));
                    });
        }
        String all = String.join(",", FIELDS);
        if (range != null && range[2] > 0 && whole) {
            for (long id = range[0]; id <= range[1]; id++) {
                batches.add(new PersonId(id), all);
            }
        } else if (range != null && range[2] > 0) {
            streaming.query("select id from registry.person where id between ? and ? order by id",
                    rs -> {
                        batches.add(new PersonId(rs.getLong(1)), all);
                    }, range[0], range[1]);
        }
        return batches.finish();
    }
}
