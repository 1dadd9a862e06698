package org.yiwang.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.audit.ChainVerification;
import org.yiwang.common.CreditCode;
import org.yiwang.common.IdNumber;
import org.yiwang.crypto.CryptoService;
import org.yiwang.registry.DataUse;
import org.yiwang.registry.DataUseChannel;
import org.yiwang.registry.DataUseEntry;
import org.yiwang.registry.DataUseLog;
import org.yiwang.registry.SubjectKind;

/**
 * The data-use log: each read inserts its record, unsealed, inside the reader's transaction, so that a read
 * that fails leaves no record and a record never lacks its read; {@link DataUseSealer} links it into the chain
 * once committed, so that readers never queue on the chain head (docs/sealed-logs.md).
 */
@Service
class DataUseChain implements DataUseLog {

    private static final int MAX_LISTED = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final TransactionTemplate readOnly;
    private final CryptoService crypto;
    private final Clock clock;
    private final DataUseSealer sealer;

    DataUseChain(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions, CryptoService crypto,
            Clock clock, DataUseSealer sealer) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        // one snapshot for the walk and the head, so that a sealing in between cannot look like a lost tail
        this.readOnly.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.crypto = crypto;
        this.clock = clock;
        this.sealer = sealer;
    }

    /** One reader, one subject, one answer. */
    record Use(String account, Long departmentId, String purpose, SubjectKind kind, String subjectIndex,
            List<String> fields, UUID messageId, DataUseChannel channel, String resourceCode, Long grantId) {

        /** A read through the register's own query API. */
        Use(String account, Long departmentId, String purpose, SubjectKind kind, String subjectIndex,
                List<String> fields, UUID messageId) {
            this(account, departmentId, purpose, kind, subjectIndex, fields, messageId, DataUseChannel.REGISTER_QUERY,
                    null, null);
        }
    }

    @Override
    @Transactional
    public DataUse append(DataUseEntry entry) {
        return append(new Use(entry.account(), entry.departmentId(), entry.purpose(), entry.subjectKind(),
                entry.subjectIndex(), entry.fields(), entry.messageId(), entry.channel(), entry.resourceCode(),
                entry.grantId()));
    }

    @Transactional
    DataUse append(Use use) {
        Instant now = DataUseHash.storable(clock.instant());
        String fields = String.join(",", use.fields());
        long id = jdbc.sql("""
                insert into registry.data_use (used_at, account, department_id, purpose, subject_kind, subject_index,
                    fields, message_id, channel, resource_code, grant_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(Timestamp.from(now), use.account(), use.departmentId(), use.purpose(), use.kind().name(),
                        use.subjectIndex(), fields, use.messageId(), use.channel().name(), use.resourceCode(),
                        use.grantId())
                .query(Long.class).single();
        return new DataUse(id, null, now, use.account(), use.departmentId(), use.purpose(), use.kind(),
                use.subjectIndex(), use.fields(), use.messageId(), null, null, use.channel(), use.resourceCode(),
                use.grantId());
    }

    @Override
    public List<DataUse> ofPerson(IdNumber idNumber) {
        return ofPersonIndex(crypto.blindIndex(idNumber.value()));
    }

    @Override
    public List<DataUse> ofPersonIndex(String idNumberIndex) {
        return of(SubjectKind.PERSON, idNumberIndex);
    }

    @Override
    public List<DataUse> ofEntity(CreditCode creditCode) {
        return of(SubjectKind.ENTITY, crypto.blindIndex(creditCode.value()));
    }

    @Override
    public List<DataUse> ofMessage(UUID messageId) {
        return jdbc.sql("select * from registry.data_use where message_id = ? order by id").param(messageId)
                .query(DataUseChain::map).list();
    }

    private List<DataUse> of(SubjectKind kind, String index) {
        return jdbc.sql("""
                select * from registry.data_use where subject_kind = ? and subject_index = ?
                order by id desc limit ?""")
                .params(kind.name(), index, MAX_LISTED)
                .query(DataUseChain::map).list();
    }

    /**
     * Seals every committed use first, so that the walk covers them all, then streams the chain in a read-only
     * transaction, which PostgreSQL needs to fetch rows in batches.
     */
    @Override
    public ChainVerification verify() {
        sealer.sealAll();
        return readOnly.execute(status -> walk());
    }

    private ChainVerification walk() {
        var walk = new Walk();
        streaming.query("select * from registry.data_use where seq is not null order by seq", rs -> {
            if (walk.result == null) {
                walk.check(map(rs, 0));
            }
        });
        if (walk.result != null) {
            return walk.result;
        }
        var head = streaming.queryForMap("select seq, hash from registry.data_use_head where id = 1");
        if (((Number) head.get("seq")).longValue() != walk.lastSeq || !walk.lastHash.equals(head.get("hash"))) {
            return ChainVerification.broken(walk.checked, walk.lastSeq + 1, "tail-missing");
        }
        return ChainVerification.ok(walk.checked);
    }

    private final class Walk {
        ChainVerification result;
        long checked;
        long lastSeq;
        String lastHash = DataUseHash.GENESIS;

        void check(DataUse use) {
            long seq = use.seq();
            String recomputed = DataUseHash.of(crypto, use, seq, use.previousHash());
            checked++;
            if (seq != lastSeq + 1) {
                result = ChainVerification.broken(checked, lastSeq + 1, "record-missing");
            } else if (!use.previousHash().equals(lastHash)) {
                result = ChainVerification.broken(checked, seq, "link-broken");
            } else if (!recomputed.equals(use.hash())) {
                result = ChainVerification.broken(checked, seq, "content-changed");
            }
            lastSeq = seq;
            lastHash = use.hash();
        }
    }

    static DataUse map(ResultSet rs, int row) throws SQLException {
        long department = rs.getLong("department_id");
        Long departmentId = rs.wasNull() ? null : department;
        String fields = rs.getString("fields");
        long grant = rs.getLong("grant_id");
        Long grantId = rs.wasNull() ? null : grant;
        return new DataUse(rs.getLong("id"), rs.getObject("seq", Long.class), rs.getTimestamp("used_at").toInstant(), rs.getString("account"),
                departmentId, rs.getString("purpose"), SubjectKind.valueOf(rs.getString("subject_kind")),
                rs.getString("subject_index"), fields.isEmpty() ? List.of() : Arrays.asList(fields.split(",")),
                UUID.fromString(rs.getString("message_id")), rs.getString("previous_hash"), rs.getString("hash"),
                DataUseChannel.valueOf(rs.getString("channel")), rs.getString("resource_code"), grantId);
    }
}
