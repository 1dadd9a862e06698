package org.yiwang.services.internal.catalog;

/**
 * An item as an administrator enters it, every part as text: lists are separated by commas, materials, form
 * and lanes are JSON (see {@link Material}, {@link FormField}), the fee is in yuan.
 */
public record ItemInput(String code, String name, String kind, String audience, String leadDepartment,
        String departments, String legalBasis, String conditions, String materials, String form, String lanes,
        String statutoryDays, String promisedDays, String fee, String feeNote, String processKey, String visits,
        String place, String hours, String consultation, String complaint, String lifeEvents,
        String enterpriseEvents, String licenceType, String licenceYears, String status) {

    public static ItemInput of(ServiceItem item, ItemRepository json) {
        return new ItemInput(item.code(), item.name(), item.kind().name(), item.audience().name(),
                item.leadDepartment(), String.join(",", item.departments()), item.legalBasis(), item.conditions(),
                json.write(item.materials()), json.write(item.form()), json.write(item.lanes()),
                String.valueOf(item.statutoryDays()), String.valueOf(item.promisedDays()), item.fee().toPlainString(),
                item.feeNote(), item.processKey(), String.valueOf(item.visits()), item.place(), item.hours(),
                item.consultation(), item.complaint(), String.join(",", item.lifeEvents()),
                String.join(",", item.enterpriseEvents()), item.licenceType(),
                item.licenceYears() == null ? null : String.valueOf(item.licenceYears()), item.status().name());
    }
}
