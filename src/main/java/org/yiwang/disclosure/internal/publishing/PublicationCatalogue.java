package org.yiwang.disclosure.internal.publishing;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.disclosure.Publication;
import org.yiwang.disclosure.PublishedInformation;
import org.yiwang.disclosure.PublishedTitle;

/**
 * What is published, as the portal, the search index and the annual report read it. Withdrawn publications are not
 * published; they still count in the year they were published.
 */
@Service
public class PublicationCatalogue implements PublishedInformation {

    private final PublicationRepository publications;
    private final JdbcClient jdbc;

    PublicationCatalogue(PublicationRepository publications, JdbcClient jdbc) {
        this.publications = publications;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Publication> published(long id) {
        return publications.byId(id).filter(PublicationRow::isPublished).map(PublicationRow::publication);
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachPublished(Consumer<Publication> each) {
        publications.eachPublished(row -> each.accept(row.publication()));
    }

    @Override
    @Transactional(readOnly = true)
    public long countPublished(long departmentId, int year) {
        return publications.countPublished(departmentId, year);
    }

    /** At most this many words of a title search are used; more add nothing but cost. */
    static final int MAX_TITLE_WORDS = 5;

    @Override
    @Transactional(readOnly = true)
    public List<PublishedTitle> publishedTitled(String words, long departmentId, int limit) {
        List<String> given = words == null ? List.of() : java.util.Arrays.stream(words.strip().split("\\s+"))
                .filter(w -> !w.isEmpty()).limit(MAX_TITLE_WORDS).toList();
        if (given.isEmpty()) {
            return List.of();
        }
        StringBuilder where = new StringBuilder("where status = 'PUBLISHED'");
        Map<String, Object> params = new HashMap<>(Map.of("department", departmentId, "limit", limit));
        for (int i = 0; i < given.size(); i++) {
            where.append(" and strpos(lower(title), lower(:w").append(i).append(")) > 0");
            params.put("w" + i, given.get(i));
        }
        where.append(" order by (department_id = :department) desc, published_on desc, id desc limit :limit");
        return publications.summaries(where.toString(), params).stream()
                .map(p -> new PublishedTitle(p.id(), p.indexNumber(), p.title(), p.departmentName(), p.publishedOn()))
                .toList();
    }

    /** The publication under this index number, published or withdrawn; drafts have none. */
    @Transactional(readOnly = true)
    public Optional<PublicationRow> byIndexNumber(String indexNumber) {
        if (!IndexNumbers.plausible(indexNumber)) {
            return Optional.empty();
        }
        return publications.byIndexNumber(indexNumber).filter(r -> r.status() == Status.PUBLISHED
                || r.status() == Status.WITHDRAWN);
    }

    /** The newest publications of a department, with their text, for its feed. */
    @Transactional(readOnly = true)
    public List<PublicationRow> newestOf(long departmentId, int limit) {
        return publications.newestPublished(departmentId, limit);
    }

    /** A department that has published something, with how much. */
    public record Shelf(long departmentId, String departmentCode, String departmentName, int published) {
    }

    @Transactional(readOnly = true)
    public List<Shelf> shelves() {
        return jdbc.sql("""
                select department_id, department_code, min(department_name) as department_name, count(*) as published
                from disclosure.publication where status = 'PUBLISHED'
                group by department_id, department_code order by department_code""")
                .query((rs, n) -> new Shelf(rs.getLong("department_id"), rs.getString("department_code"),
                        rs.getString("department_name"), rs.getInt("published")))
                .list();
    }

    /** How many publications each category of the department's catalogue holds now, every category listed. */
    @Transactional(readOnly = true)
    public Map<Category, Integer> catalogue(long departmentId) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Category c : Category.values()) {
            counts.put(c, 0);
        }
        jdbc.sql("""
                select category, count(*) as n from disclosure.publication
                where department_id = ? and status = 'PUBLISHED' group by category""")
                .param(departmentId)
                .query((rs, n) -> Map.entry(rs.getString("category"), rs.getInt("n")))
                .list()
                .forEach(e -> Category.ofCode(e.getKey()).ifPresent(c -> counts.put(c, e.getValue())));
        return counts;
    }

    /** One page of what a department published, newest first; {@code category} null for every category. */
    public record Page(List<PublicationSummary> items, int page, int pages, int total) {
    }

    @Transactional(readOnly = true)
    public Page publishedBy(long departmentId, Category category, int page, int size) {
        String where = "where department_id = :department and status = 'PUBLISHED'"
                + (category == null ? "" : " and category = :category");
        Map<String, Object> params = new HashMap<>(Map.of("department", departmentId));
        if (category != null) {
            params.put("category", category.code());
        }
        int total = publications.count(where, params);
        int pages = Math.max(1, (total + size - 1) / size);
        int current = Math.min(Math.max(page, 1), pages);
        params.put("limit", size);
        params.put("offset", (current - 1) * size);
        List<PublicationSummary> items = publications.summaries(
                where + " order by published_on desc, id desc limit :limit offset :offset", params);
        return new Page(items, current, pages, total);
    }

    /** The newest publications of every department, or of one when {@code departmentId} is given. */
    @Transactional(readOnly = true)
    public List<PublicationSummary> latest(Long departmentId, int limit) {
        Map<String, Object> params = new HashMap<>(Map.of("limit", limit));
        String where = "where status = 'PUBLISHED'";
        if (departmentId != null) {
            where += " and department_id = :department";
            params.put("department", departmentId);
        }
        return publications.summaries(where + " order by published_on desc, published_at desc, id desc limit :limit",
                params);
    }
}
