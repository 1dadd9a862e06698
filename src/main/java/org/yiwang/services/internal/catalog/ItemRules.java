package org.yiwang.services.internal.catalog;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.stereotype.Component;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.workflow.Workflow;

/** Every rule an item must keep before it enters the catalog; a refusal names each broken one. */
@Component
class ItemRules {

    static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{2,39}");
    static final Pattern FIELD_NAME = Pattern.compile("[a-z][A-Za-z0-9]{0,39}");
    static final Set<String> FIELD_TYPES = Set.of("text", "textarea", "date", "number", "select", "idNumber", "phone");
    static final Set<String> REGISTERS = Set.of("population", "legalEntity");
    static final Set<String> PREFILLS = Set.of("person.name", "person.idNumber", "person.householdAddress",
            "person.currentAddress", "person.phone", "entity.name", "entity.creditCode", "entity.domicileAddress",
            "entity.businessScope", "entity.registeredCapital");

    private final OrganizationDirectory organization;
    private final Workflow workflow;
    private final ObjectMapper json;

    ItemRules(OrganizationDirectory organization, Workflow workflow, ObjectMapper json) {
        this.organization = organization;
        this.workflow = workflow;
        this.json = json;
    }

    ServiceItem check(ItemInput in) {
        List<RuleViolation> broken = new ArrayList<>();
        String code = trim(in.code());
        if (code == null || !CODE.matcher(code).matches()) {
            broken.add(RuleViolation.of("code", "services.item.code"));
        }
        String name = required(in.name(), "name", 100, broken);
        ItemKind kind = choice(ItemKind.class, in.kind(), "kind", broken);
        Audience audience = choice(Audience.class, in.audience(), "audience", broken);
        ItemStatus status = in.status() == null || in.status().isBlank() ? ItemStatus.PUBLISHED
                : choice(ItemStatus.class, in.status(), "status", broken);
        String lead = trim(in.leadDepartment());
        if (lead == null || organization.departmentByCode(lead).isEmpty()) {
            broken.add(RuleViolation.of("leadDepartment", "services.item.department-unknown",
                    lead == null ? "" : lead));
        }
        List<String> departments = new ArrayList<>();
        if (lead != null) {
            departments.add(lead);
        }
        for (String d : list(in.departments())) {
            if (organization.departmentByCode(d).isEmpty()) {
                broken.add(RuleViolation.of("departments", "services.item.department-unknown", d));
            } else if (!departments.contains(d)) {
                departments.add(d);
            }
        }
        String legalBasis = required(in.legalBasis(), "legalBasis", 2000, broken);
        String conditions = required(in.conditions(), "conditions", 4000, broken);
        List<Material> materials = materials(in.materials(), broken);
        List<FormField> form = form(in.form(), broken);
        Map<String, String> lanes = lanes(in.lanes(), broken);
        Integer statutory = days(in.statutoryDays(), "statutoryDays", broken);
        Integer promised = days(in.promisedDays(), "promisedDays", broken);
        if (statutory != null && promised != null && promised > statutory) {
            broken.add(RuleViolation.of("promisedDays", "services.item.promised-within-statutory", statutory));
        }
        long feeFen = fee(in.fee(), broken);
        String processKey = trim(in.processKey());
        if (processKey == null || !workflow.processKeys().contains(processKey)) {
            broken.add(RuleViolation.of("processKey", "services.item.process-unknown",
                    processKey == null ? "" : processKey));
        }
        Integer visits = integer(in.visits(), 0, 5, "visits", broken);
        String place = required(in.place(), "place", 200, broken);
        String hours = required(in.hours(), "hours", 200, broken);
        String consultation = required(in.consultation(), "consultation", 200, broken);
        String complaint = required(in.complaint(), "complaint", 200, broken);
        List<String> life = list(in.lifeEvents());
        life.stream().filter(e -> !Events.LIFE.contains(e))
                .forEach(e -> broken.add(RuleViolation.of("lifeEvents", "services.item.event-unknown", e)));
        List<String> enterprise = list(in.enterpriseEvents());
        enterprise.stream().filter(e -> !Events.ENTERPRISE.contains(e))
                .forEach(e -> broken.add(RuleViolation.of("enterpriseEvents", "services.item.event-unknown", e)));
        String licenceType = trim(in.licenceType());
        Integer licenceYears = trim(in.licenceYears()) == null ? null
                : integer(in.licenceYears(), 1, 50, "licenceYears", broken);
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
        return new ServiceItem(code, name, kind, audience, lead, departments, legalBasis, conditions, materials,
                form, lanes, statutory, promised, feeFen, trim(in.feeNote()), processKey, visits, place, hours,
                consultation, complaint, life, enterprise, licenceType, licenceYears, status, Instant.now());
    }

    private List<Material> materials(String text, List<RuleViolation> broken) {
        List<Material> materials = parse(text, new TypeReference<List<Material>>() { }, "materials", broken);
        if (materials == null) {
            return List.of();
        }
        Set<String> codes = new HashSet<>();
        for (Material m : materials) {
            if (m.code() == null || !FIELD_NAME.matcher(m.code()).matches() || !codes.add(m.code())
                    || m.name() == null || m.name().isBlank()
                    || (m.register() != null && !REGISTERS.contains(m.register()))) {
                broken.add(RuleViolation.of("materials", "services.item.material-invalid", String.valueOf(m.code())));
            }
        }
        return materials;
    }

    private List<FormField> form(String text, List<RuleViolation> broken) {
        List<FormField> fields = parse(text, new TypeReference<List<FormField>>() { }, "form", broken);
        if (fields == null) {
            return List.of();
        }
        Set<String> names = new HashSet<>();
        for (FormField f : fields) {
            boolean valid = f.name() != null && FIELD_NAME.matcher(f.name()).matches() && names.add(f.name())
                    && f.label() != null && !f.label().isBlank() && FIELD_TYPES.contains(f.type())
                    && (f.prefill() == null || PREFILLS.contains(f.prefill()))
                    && (!"select".equals(f.type()) || !f.options().isEmpty())
                    && (f.maxLength() == null || (f.maxLength() > 0 && f.maxLength() <= 4000));
            if (valid && f.pattern() != null) {
                try {
                    Pattern.compile(f.pattern());
                } catch (PatternSyntaxException e) {
                    valid = false;
                }
            }
            if (!valid) {
                broken.add(RuleViolation.of("form", "services.item.field-invalid", String.valueOf(f.name())));
            }
        }
        return fields;
    }

    private Map<String, String> lanes(String text, List<RuleViolation> broken) {
        Map<String, String> lanes = parse(text, new TypeReference<Map<String, String>>() { }, "lanes", broken);
        if (lanes == null) {
            return Map.of();
        }
        lanes.forEach((lane, department) -> {
            if (!FIELD_NAME.matcher(lane).matches() || organization.departmentByCode(department).isEmpty()) {
                broken.add(RuleViolation.of("lanes", "services.item.lane-invalid", lane));
            }
        });
        if (!lanes.containsKey("window")) {
            broken.add(RuleViolation.of("lanes", "services.item.lane-window"));
        }
        return lanes;
    }

    private <T> T parse(String text, TypeReference<T> type, String field, List<RuleViolation> broken) {
        if (text == null || text.isBlank()) {
            broken.add(RuleViolation.of(field, "services.item.json"));
            return null;
        }
        try {
            return json.readValue(text, type);
        } catch (java.io.IOException e) {
            broken.add(RuleViolation.of(field, "services.item.json"));
            return null;
        }
    }

    private static long fee(String text, List<RuleViolation> broken) {
        String fee = trim(text);
        if (fee == null) {
            return 0;
        }
        try {
            BigDecimal yuan = new BigDecimal(fee);
            if (yuan.signum() < 0 || yuan.scale() > 2 || yuan.compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                throw new NumberFormatException();
            }
            return yuan.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            broken.add(RuleViolation.of("fee", "services.item.fee"));
            return 0;
        }
    }

    private static Integer days(String text, String field, List<RuleViolation> broken) {
        return integer(text, 1, 365, field, broken);
    }

    private static Integer integer(String text, int min, int max, String field, List<RuleViolation> broken) {
        try {
            int value = Integer.parseInt(trim(text) == null ? "" : trim(text));
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        broken.add(RuleViolation.of(field, "services.item.range", min, max));
        return null;
    }

    private static String required(String text, String field, int max, List<RuleViolation> broken) {
        String value = trim(text);
        if (value == null) {
            broken.add(RuleViolation.of(field, "services.item.required"));
        } else if (value.length() > max) {
            broken.add(RuleViolation.of(field, "services.item.length", max));
        }
        return value;
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String text, String field, List<RuleViolation> broken) {
        try {
            return Enum.valueOf(type, trim(text) == null ? "" : trim(text));
        } catch (IllegalArgumentException e) {
            broken.add(RuleViolation.of(field, "services.item.choice"));
            return null;
        }
    }

    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.stream(text.split("[,，、\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList());
    }

    static String trim(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
