package org.yiwang.exchange.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.yiwang.catalog.CatalogResource;
import org.yiwang.catalog.DataItem;
import org.yiwang.catalog.ResourceCatalog;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.registry.DataUse;

/** Data-use records as people read them: department and resource by name, fields by their catalog names. */
@Component
class DataUseRows {

    /**
     * One use as shown. {@code fields} are display names, a masked one marked; {@code resourceName} is null for
     * a register query; {@code seq} is its place in the chain, null for the short while before it is sealed.
     */
    record Row(long id, Long seq, Instant usedAt, String department, String account, String purpose, String channel,
            String resourceCode, String resourceName, Long grantId, List<Field> fields, String messageId,
            String subjectKind, String subjectIndex) {
    }

    /** A field the user received: its key, the name to show, and whether it was masked. */
    record Field(String key, String name, boolean masked) {
    }

    private final OrganizationDirectory organization;
    private final ResourceCatalog catalog;

    DataUseRows(OrganizationDirectory organization, ResourceCatalog catalog) {
        this.organization = organization;
        this.catalog = catalog;
    }

    List<Row> of(List<DataUse> uses) {
        Map<String, Optional<CatalogResource>> resources = new HashMap<>();
        Map<Long, String> departments = new HashMap<>();
        return uses.stream().map(use -> {
            Optional<CatalogResource> resource = use.resourceCode() == null ? Optional.empty()
                    : resources.computeIfAbsent(use.resourceCode(), catalog::byCode);
            String department = use.departmentId() == null ? null : departments.computeIfAbsent(use.departmentId(),
                    id -> organization.department(id).map(Department::name).orElse(String.valueOf(id)));
            List<Field> fields = use.fields().stream().map(f -> field(f, resource)).toList();
            return new Row(use.id(), use.seq(), use.usedAt(), department, use.account(), use.purpose(), use.channel().name(),
                    use.resourceCode(), resource.map(CatalogResource::name).orElse(null), use.grantId(), fields,
                    use.messageId().toString(), use.subjectKind().name(), use.subjectIndex());
        }).toList();
    }

    private static Field field(String recorded, Optional<CatalogResource> resource) {
        int colon = recorded.indexOf(':');
        String key = colon < 0 ? recorded : recorded.substring(0, colon);
        String name = resource.flatMap(r -> r.items().stream().filter(i -> i.key().equals(key)).findFirst())
                .map(DataItem::name).orElse(null);
        return new Field(key, name, colon >= 0);
    }
}
