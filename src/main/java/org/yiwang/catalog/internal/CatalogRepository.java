package org.yiwang.catalog.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.yiwang.catalog.Classification;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ShareMethod;
import org.yiwang.catalog.SharingType;

@Repository
class CatalogRepository {

    /** A resource's fixed part and where its versions stand. */
    record ResourceRow(long id, String code, Classification classification, long providerDepartmentId, String source,
            Integer publishedVersion, int latestVersion) {
    }

    private static final TypeReference<List<DataItem>> ITEMS = new TypeReference<>() {
    };

    private static final String VERSION_COLUMNS = """
            select r.id, r.code, r.classification, r.provider_department_id, r.source, v.version, v.state, v.name,
                   v.summary, v.format, v.items, v.sharing_type, v.sharing_condition, v.methods, v.open_to_public,
                   v.update_cycle, v.related, v.released_on, v.drafted_by, v.drafted_at, v.published_by, v.published_at
            from catalog.resource r join catalog.resource_version v on v.resource_id = r.id
            """;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    CatalogRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<ResourceRow> resource(String code) {
        return jdbc.sql("select * from catalog.resource where code = ?").param(code).query(this::resourceRow).optional();
    }

    /** Locks the resource until the transaction ends, so that two changes of one entry cannot interleave. */
    Optional<ResourceRow> resourceForUpdate(String code) {
        return jdbc.sql("select * from catalog.resource where code = ? for update").param(code)
                .query(this::resourceRow).optional();
    }

    Optional<ResourceRow> resourceBySourceForUpdate(String source) {
        return jdbc.sql("select * from catalog.resource where source = ? for update").param(source)
                .query(this::resourceRow).optional();
    }

    /** Serialises the cataloguing of one source across transactions and nodes, until the transaction ends. */
    void lockSource(String source) {
        jdbc.sql("select 1 from pg_advisory_xact_lock(hashtext('catalog:' || ?))").param(source).query(Integer.class)
                .single();
    }

    /** The next sequence number of a code prefix, atomically: two creations never get the same code. */
    int nextSequence(String prefix) {
        return jdbc.sql("""
                        insert into catalog.code_sequence (prefix, last_value) values (?, 1)
                        on conflict (prefix) do update set last_value = catalog.code_sequence.last_value + 1
                        returning last_value""")
                .param(prefix).query(Integer.class).single();
    }

    long insertResource(String code, Classification classification, long providerDepartmentId, String source,
            Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into catalog.resource (code, classification, provider_department_id, source, latest_version,
                            created_at)
                        values (?, ?, ?, ?, 1, ?)""")
                .params(code, classification.name(), providerDepartmentId, source, Timestamp.from(at))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertVersion(long resourceId, int version, Entry entry, String by, Instant at) {
        jdbc.sql("""
                        insert into catalog.resource_version (resource_id, version, state, name, summary, format, items,
                            sharing_type, sharing_condition, methods, open_to_public, update_cycle, related, drafted_by,
                            drafted_at)
                        values (?, ?, 'DRAFT', ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(resourceId, version, entry.name(), entry.summary(), entry.format(), itemsJson(entry),
                        entry.sharingType().name(), entry.sharingCondition(), methods(entry), entry.openToPublic(),
                        entry.updateCycle(), entry.related().toArray(String[]::new), by, Timestamp.from(at))
                .update();
        jdbc.sql("update catalog.resource set latest_version = ? where id = ?").params(version, resourceId).update();
    }

    void updateDraft(long resourceId, int version, Entry entry, String by, Instant at) {
        jdbc.sql("""
                        update catalog.resource_version set name = ?, summary = ?, format = ?, items = cast(? as jsonb),
                            sharing_type = ?, sharing_condition = ?, methods = ?, open_to_public = ?, update_cycle = ?,
                            related = ?, drafted_by = ?, drafted_at = ?
                        where resource_id = ? and version = ? and state = 'DRAFT'""")
                .params(entry.name(), entry.summary(), entry.format(), itemsJson(entry), entry.sharingType().name(),
                        entry.sharingCondition(), methods(entry), entry.openToPublic(), entry.updateCycle(),
                        entry.related().toArray(String[]::new), by, Timestamp.from(at), resourceId, version)
                .update();
    }

    /** Makes the draft the current version; the one before it, if any, is superseded but kept. */
    void publishDraft(long resourceId, int version, LocalDate releasedOn, String by, Instant at) {
        jdbc.sql("update catalog.resource_version set state = 'SUPERSEDED' where resource_id = ? and state = 'PUBLISHED'")
                .param(resourceId).update();
        jdbc.sql("""
                        update catalog.resource_version set state = 'PUBLISHED', released_on = ?, published_by = ?,
                            published_at = ?
                        where resource_id = ? and version = ? and state = 'DRAFT'""")
                .params(Date.valueOf(releasedOn), by, Timestamp.from(at), resourceId, version).update();
        jdbc.sql("update catalog.resource set published_version = ? where id = ?").params(version, resourceId).update();
    }

    Optional<StoredVersion> version(String code, int version) {
        return jdbc.sql(VERSION_COLUMNS + " where r.code = ? and v.version = ?").params(code, version)
                .query(this::version).optional();
    }

    Optional<StoredVersion> current(String code) {
        return jdbc.sql(VERSION_COLUMNS + " where r.code = ? and v.state = 'PUBLISHED'").param(code)
                .query(this::version).optional();
    }

    Optional<StoredVersion> currentBySource(String source) {
        return jdbc.sql(VERSION_COLUMNS + " where r.source = ? and v.state = 'PUBLISHED'").param(source)
                .query(this::version).optional();
    }

    Optional<StoredVersion> draft(String code) {
        return jdbc.sql(VERSION_COLUMNS + " where r.code = ? and v.state = 'DRAFT'").param(code)
                .query(this::version).optional();
    }

    /** Every version of a resource, newest first. */
    List<StoredVersion> versions(String code) {
        return jdbc.sql(VERSION_COLUMNS + " where r.code = ? order by v.version desc").param(code)
                .query(this::version).list();
    }

    List<StoredVersion> allCurrent() {
        return jdbc.sql(VERSION_COLUMNS + " where v.state = 'PUBLISHED' order by r.code").query(this::version).list();
    }

    List<StoredVersion> currentOfProvider(long departmentId) {
        return jdbc.sql(VERSION_COLUMNS + " where r.provider_department_id = ? and v.state = 'PUBLISHED' order by r.code")
                .param(departmentId).query(this::version).list();
    }

    /** The newest version (draft or published) of every resource of the given providers, for their maintainers. */
    List<StoredVersion> latestOfProviders(Collection<Long> departmentIds) {
        return jdbc.sql(VERSION_COLUMNS + " where r.provider_department_id = any (?) and v.version = r.latest_version"
                        + " order by r.code")
                .param(departmentIds.toArray(Long[]::new)).query(this::version).list();
    }

    /** The drafts of one department's entries, oldest first. */
    List<StoredVersion> draftsOf(long departmentId, int limit) {
        return jdbc.sql(VERSION_COLUMNS + " where r.provider_department_id = ? and v.state = 'DRAFT'"
                        + " order by v.drafted_at limit ?")
                .params(departmentId, limit).query(this::version).list();
    }

    int countDraftsOf(long departmentId) {
        return jdbc.sql("""
                        select count(*) from catalog.resource r join catalog.resource_version v on v.resource_id = r.id
                        where r.provider_department_id = ? and v.state = 'DRAFT'""")
                .param(departmentId).query(Integer.class).single();
    }

    /** The versions an account published ({@code published_by} is the principal's name, ending in its id). */
    List<StoredVersion> publishedBy(long accountId, int limit) {
        return jdbc.sql(VERSION_COLUMNS + " where v.published_by like ? order by v.published_at desc limit ?")
                .params("%#" + accountId, limit).query(this::version).list();
    }

    int countPublishedBy(long accountId) {
        return jdbc.sql("select count(*) from catalog.resource_version where published_by like ?")
                .param("%#" + accountId).query(Integer.class).single();
    }

    /** The departments that provide at least one published entry (open to the public, if asked). */
    List<Long> publishedProviders(boolean openOnly) {
        return jdbc.sql("select distinct r.provider_department_id from catalog.resource r"
                        + " join catalog.resource_version v on v.resource_id = r.id and v.state = 'PUBLISHED'"
                        + (openOnly ? " where v.open_to_public" : ""))
                .query(Long.class).list();
    }

    /** Whether a department has ever had an entry of this name, in any version. */
    boolean providerHasNamed(long departmentId, String name) {
        return jdbc.sql("""
                        select exists (select 1 from catalog.resource r join catalog.resource_version v on v.resource_id = r.id
                                       where r.provider_department_id = ? and v.name = ?)""")
                .params(departmentId, name).query(Boolean.class).single();
    }

    /** Which of the given codes belong to published resources. */
    Set<String> publishedAmong(Collection<String> codes) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select code from catalog.resource where code = any (?) and published_version is not null")
                .param(codes.toArray(String[]::new)).query(String.class).list());
    }

    private ResourceRow resourceRow(ResultSet rs, int row) throws SQLException {
        return new ResourceRow(rs.getLong("id"), rs.getString("code"),
                Classification.valueOf(rs.getString("classification")), rs.getLong("provider_department_id"),
                rs.getString("source"), (Integer) rs.getObject("published_version"), rs.getInt("latest_version"));
    }

    private StoredVersion version(ResultSet rs, int row) throws SQLException {
        Set<ShareMethod> methods = strings(rs.getArray("methods")).stream().map(ShareMethod::valueOf)
                .collect(Collectors.toSet());
        Entry entry = new Entry(rs.getString("name"), rs.getString("summary"), rs.getString("format"),
                items(rs.getString("items")), SharingType.valueOf(rs.getString("sharing_type")),
                rs.getString("sharing_condition"), methods, rs.getBoolean("open_to_public"),
                rs.getString("update_cycle"), strings(rs.getArray("related")));
        Date released = rs.getDate("released_on");
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new StoredVersion(rs.getLong("id"), rs.getString("code"),
                Classification.valueOf(rs.getString("classification")), rs.getLong("provider_department_id"),
                rs.getString("source"), rs.getInt("version"), VersionState.valueOf(rs.getString("state")), entry,
                released == null ? null : released.toLocalDate(), rs.getString("drafted_by"),
                rs.getTimestamp("drafted_at").toInstant(), rs.getString("published_by"),
                publishedAt == null ? null : publishedAt.toInstant());
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static String[] methods(Entry entry) {
        return entry.orderedMethods().stream().map(Enum::name).toArray(String[]::new);
    }

    private String itemsJson(Entry entry) {
        try {
            return json.writeValueAsString(entry.items());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("data items cannot be written as JSON", e);
        }
    }

    private List<DataItem> items(String text) {
        try {
            return json.readValue(text, ITEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored data items are not valid JSON", e);
        }
    }
}
