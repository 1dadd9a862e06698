package org.yiwang.services.internal.catalog;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A service item (事项) of the catalog with its elements.
 *
 * @param leadDepartment code of the department answerable for the item (its seal goes on the result)
 * @param departments codes of every department that works on it, the lead first
 * @param lanes which department (code) works each lane of the process model, e.g. {@code scjg → ZJ-HZ-XH-SCJG}
 * @param feeFen the fee in fen; zero for a free service
 * @param visits times the applicant must come in person; 0 is fully online (零跑腿)
 * @param licenceType the licence the item issues on approval (e.g. 营业执照); null for none
 */
public record ServiceItem(String code, String name, ItemKind kind, Audience audience, String leadDepartment,
        List<String> departments, String legalBasis, String conditions, List<Material> materials,
        List<FormField> form, Map<String, String> lanes, int statutoryDays, int promisedDays, long feeFen,
        String feeNote, String processKey, int visits, String place, String hours, String consultation,
        String complaint, List<String> lifeEvents, List<String> enterpriseEvents, String licenceType,
        Integer licenceYears, ItemStatus status, Instant updatedAt) {

    public ServiceItem {
        departments = List.copyOf(departments);
        materials = List.copyOf(materials);
        form = List.copyOf(form);
        lanes = Map.copyOf(lanes);
        lifeEvents = List.copyOf(lifeEvents);
        enterpriseEvents = List.copyOf(enterpriseEvents);
    }

    public BigDecimal fee() {
        return BigDecimal.valueOf(feeFen, 2);
    }

    public boolean published() {
        return status == ItemStatus.PUBLISHED;
    }

    public boolean fullyOnline() {
        return visits == 0;
    }
}
