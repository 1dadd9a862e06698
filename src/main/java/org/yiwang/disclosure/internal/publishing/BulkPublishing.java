package org.yiwang.disclosure.internal.publishing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.disclosure.Attachment;
import org.yiwang.disclosure.PublicationPublished;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;

/**
 * Loads an existing archive of publications: every item is checked against the same rules as an authored
 * publication (nothing classified, nothing not for proactive disclosure, documents only as attachments), plus its
 * department (known, within the operator's data scope), its publication date and its index number. The operator
 * chooses between all-or-nothing and publishing the good items; either way the run and every rejection are recorded,
 * in one transaction.
 */
@Service
class BulkPublishing {

    static final int MAX_ITEMS = 500;

    private final PublicationRepository publications;
    private final AttachmentStore attachments;
    private final OrganizationDirectory organization;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final MessageSource messages;
    private final JdbcClient jdbc;
    private final Clock clock;

    BulkPublishing(PublicationRepository publications, AttachmentStore attachments, OrganizationDirectory organization,
            AuditTrail audit, ApplicationEventPublisher events, MessageSource messages, JdbcClient jdbc, Clock clock) {
        this.publications = publications;
        this.attachments = attachments;
        this.organization = organization;
        this.audit = audit;
        this.events = events;
        this.messages = messages;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Checked(int item, ArchiveEntry entry, Department department, Category category,
            List<Attachment> stored) {
    }

    @Transactional
    BulkReport load(Actor operator, BulkMode mode, List<ArchiveEntry> entries, Locale locale) {
        if (mode == null) {
            throw RuleViolationException.of("mode", "disclosure.bulk.mode.required");
        }
        if (entries == null || entries.isEmpty()) {
            throw RuleViolationException.of("items", "disclosure.bulk.empty");
        }
        if (entries.size() > MAX_ITEMS) {
            throw RuleViolationException.of("items", "disclosure.bulk.too-many", MAX_ITEMS);
        }
        Instant started = clock.instant();
        LocalDate today = LocalDate.now(clock);
        List<Checked> good = new ArrayList<>();
        List<BulkReport.Rejection> rejections = new ArrayList<>();
        Set<String> indexNumbers = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            String prefix = "items[" + i + "].";
            ArchiveEntry entry = entries.get(i);
            List<RuleViolation> broken = new ArrayList<>(entry.unreadable());
            Optional<Checked> checked = check(operator, i, prefix, entry, today, indexNumbers, broken);
            if (broken.isEmpty() && checked.isPresent()) {
                good.add(checked.get());
            } else {
                for (RuleViolation v : broken) {
                    rejections.add(new BulkReport.Rejection(i, v.field(), v.rule(),
                            messages.getMessage(v.messageKey(), v.args().toArray(), v.rule(), locale)));
                }
            }
        }
        int rejectedItems = (int) rejections.stream().mapToInt(BulkReport.Rejection::item).distinct().count();
        boolean load = mode == BulkMode.GOOD_ITEMS || rejectedItems == 0;
        List<BulkReport.Loaded> loaded = new ArrayList<>();
        if (load) {
            // items that bring their index number go first, so that a number given to another item cannot take it
            good.stream().filter(c -> c.entry().indexNumber() != null && !c.entry().indexNumber().isBlank())
                    .forEach(c -> loaded.add(publish(operator, c, started)));
            good.stream().filter(c -> c.entry().indexNumber() == null || c.entry().indexNumber().isBlank())
                    .forEach(c -> loaded.add(publish(operator, c, started)));
            loaded.sort(Comparator.comparingInt(BulkReport.Loaded::item));
        }
        String outcome = load && !loaded.isEmpty() ? "LOADED" : "NOTHING_LOADED";
        long runId = saveRun(mode, operator.auditName(), started, entries.size(), loaded.size(), rejectedItems, outcome,
                rejections);
        audit.recordAs(operator.auditName(), "disclosure.bulk.load", "bulk-run:" + runId, AuditOutcome.SUCCESS,
                "%s: %d received, %d published, %d rejected, %s".formatted(mode, entries.size(), loaded.size(),
                        rejectedItems, outcome));
        return new BulkReport(runId, mode, entries.size(), loaded.size(), rejectedItems, outcome, loaded, rejections);
    }

    private Optional<Checked> check(Actor operator, int item, String prefix, ArchiveEntry entry, LocalDate today,
            Set<String> indexNumbers, List<RuleViolation> broken) {
        LocalDate publishedOn = entry.publishedOn();
        if (publishedOn == null) {
            broken.add(RuleViolation.of(prefix + "publishedOn", "disclosure.published-on.required"));
        } else if (publishedOn.isAfter(today)) {
            broken.add(RuleViolation.of(prefix + "publishedOn", "disclosure.published-on.future", publishedOn));
        }
        // an archived publication may have expired since; its validity cannot have ended before it was published
        broken.addAll(PublicationRules.check(entry.input(), publishedOn == null ? today : publishedOn, prefix));
        broken.addAll(AttachmentStore.checkNames(entry.uploads(), 0, prefix));
        Department department = null;
        if (PublicationRules.blank(entry.department())) {
            broken.add(RuleViolation.of(prefix + "department", "disclosure.department.required"));
        } else {
            department = organization.departmentByCode(entry.department().strip()).orElse(null);
            if (department == null) {
                broken.add(RuleViolation.of(prefix + "department", "disclosure.department.unknown", entry.department()));
            } else if (!operator.covers(department.id())) {
                broken.add(RuleViolation.of(prefix + "department", "disclosure.department.out-of-scope",
                        department.name()));
            }
        }
        Category category = Category.ofCode(entry.input().category()).orElse(null);
        String indexNumber = entry.indexNumber() == null || entry.indexNumber().isBlank() ? null
                : entry.indexNumber().strip();
        if (indexNumber != null && department != null && category != null && publishedOn != null) {
            Optional<RuleViolation> mismatch = IndexNumbers.mismatch(indexNumber, department.code(), publishedOn,
                    category, prefix + "indexNumber");
            if (mismatch.isPresent()) {
                broken.add(mismatch.get());
            } else if (!indexNumbers.add(indexNumber) || publications.indexNumberTaken(indexNumber)) {
                broken.add(RuleViolation.of(prefix + "indexNumber", "disclosure.index-number.taken", indexNumber));
            }
        }
        if (!broken.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Checked(item, entry, department, category, attachments.store(entry.uploads(), prefix)));
        } catch (RuleViolationException refused) {
            broken.addAll(refused.violations());
            return Optional.empty();
        }
    }

    private BulkReport.Loaded publish(Actor operator, Checked c, Instant at) {
        ArchiveEntry entry = c.entry();
        long id = publications.insert(new PublicationRepository.NewPublication(c.department().id(), c.department().code(),
                c.department().name(), entry.input(), Status.DRAFT, "ARCHIVE", operator.accountId(), operator.name(), at,
                entry.publishedOn(), entry.publishedOn()));
        String indexNumber = entry.indexNumber() == null || entry.indexNumber().isBlank()
                ? publications.nextIndexNumber(c.department().code(), entry.publishedOn().getYear(), c.category())
                : entry.indexNumber().strip();
        publications.published(id, indexNumber, null, null, at, entry.publishedOn(), null);
        publications.addAttachments(id, c.stored());
        publications.step(id, "IMPORT", operator.accountId(), operator.name(), at, null);
        audit.recordAs(operator.auditName(), "disclosure.publication.import", Publishing.target(id),
                AuditOutcome.SUCCESS, indexNumber);
        events.publishEvent(new PublicationPublished(id));
        return new BulkReport.Loaded(c.item(), id, indexNumber, "/disclosure/publications/" + indexNumber);
    }

    private long saveRun(BulkMode mode, String by, Instant started, int received, int published, int rejected,
            String outcome, List<BulkReport.Rejection> rejections) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into disclosure.bulk_run (mode, started_by, started_at, items_received, items_published,
                    items_rejected, outcome) values (?, ?, ?, ?, ?, ?, ?)""")
                .params(mode.name(), by, Timestamp.from(started), received, published, rejected, outcome)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (BulkReport.Rejection r : rejections) {
            jdbc.sql("""
                    insert into disclosure.bulk_rejection (run_id, item, field, rule, message) values (?, ?, ?, ?, ?)
                    on conflict do nothing""")
                    .params(id, r.item(), r.field(), r.rule(), r.message()).update();
        }
        return id;
    }

    /** A stored run with its rejections, as the report of a past load (without the list of loaded items). */
    @Transactional(readOnly = true)
    Optional<BulkReport> run(long id) {
        List<BulkReport.Rejection> rejections = jdbc.sql(
                        "select item, field, rule, message from disclosure.bulk_rejection where run_id = ? order by item, field")
                .param(id)
                .query((rs, n) -> new BulkReport.Rejection(rs.getInt("item"), rs.getString("field"),
                        rs.getString("rule"), rs.getString("message")))
                .list();
        return jdbc.sql("select * from disclosure.bulk_run where id = ?").param(id)
                .query((rs, n) -> new BulkReport(rs.getLong("id"), BulkMode.valueOf(rs.getString("mode")),
                        rs.getInt("items_received"), rs.getInt("items_published"), rs.getInt("items_rejected"),
                        rs.getString("outcome"), List.of(), rejections))
                .optional();
    }
}
