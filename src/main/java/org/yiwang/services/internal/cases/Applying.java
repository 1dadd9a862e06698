package org.yiwang.services.internal.cases;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.CreditCode;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;
import org.yiwang.common.files.FileRules;
import org.yiwang.common.files.FileStore;
import org.yiwang.common.files.StoredFile;
import org.yiwang.crypto.CryptoService;
import org.yiwang.identity.AccountKind;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.organization.WorkingDays;
import org.yiwang.registry.ConsentedReads;
import org.yiwang.registry.EntityRecord;
import org.yiwang.registry.PersonRecord;
import org.yiwang.services.ApplicationStatus;
import org.yiwang.services.internal.catalog.Audience;
import org.yiwang.services.internal.catalog.Catalog;
import org.yiwang.services.internal.catalog.FormField;
import org.yiwang.services.internal.catalog.Material;
import org.yiwang.services.internal.catalog.ServiceItem;
import org.yiwang.workflow.Workflow;

/**
 * The applicant's use cases: upload a material, submit an application (form checked, registers read with
 * consent, process started, receipt numbered) and supplement it once the window asked.
 */
@Service
class Applying {

    /** Largest material file: 5 MiB, enough for a scanned page or a photograph. */
    static final long MAX_MATERIAL_BYTES = 5L * 1024 * 1024;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final Catalog catalog;
    private final ApplicationRepository applications;
    private final FileStore files;
    private final ConsentedReads registers;
    private final CryptoService crypto;
    private final OrganizationDirectory organization;
    private final Workflow workflow;
    private final WorkingDays workingDays;
    private final CaseLog log;

    Applying(Catalog catalog, ApplicationRepository applications, FileStore files, ConsentedReads registers,
            CryptoService crypto, OrganizationDirectory organization, Workflow workflow, WorkingDays workingDays,
            CaseLog log) {
        this.catalog = catalog;
        this.applications = applications;
        this.files = files;
        this.registers = registers;
        this.crypto = crypto;
        this.organization = organization;
        this.workflow = workflow;
        this.workingDays = workingDays;
        this.log = log;
    }

    /** What the registers hold for the form, read with the applicant's consent; nothing without it. */
    record Prefill(Map<String, String> values, List<String> registers) {
        static final Prefill NONE = new Prefill(Map.of(), List.of());
    }

    /** Keeps an uploaded material under its SM3 digest, if it is really a PDF, JPEG or PNG of at most 5 MiB. */
    @Transactional
    StoredFile upload(Applicant applicant, InputStream content, String fileName, String field) {
        StoredFile stored = files.store(content, FileRules.materials(MAX_MATERIAL_BYTES), field);
        applications.upload(applicant.accountId(), stored.digest(), stored.type().name(), stored.size(),
                fileName == null ? null : fileName.substring(0, Math.min(fileName.length(), 200)));
        return stored;
    }

    @Transactional
    Prefill prefill(Applicant applicant, ServiceItem item) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> used = new ArrayList<>();
        List<String> personFields = fields(item, "person.");
        List<String> entityFields = fields(item, "entity.");
        String purpose = "办理政务服务事项“" + item.name() + "”：申请人授权预填（" + item.code() + "）";
        boolean personMaterial = item.materials().stream().anyMatch(m -> "population".equals(m.register()));
        boolean entityMaterial = item.materials().stream().anyMatch(m -> "legalEntity".equals(m.register()));
        if (applicant.kind() != AccountKind.ENTERPRISE && applicant.idNumberIndex() != null
                && (!personFields.isEmpty() || personMaterial)) {
            Optional<PersonRecord> person = registers.person(applicant.idNumberIndex(), purpose, applicant.auditName(),
                    null, personFields.isEmpty() ? List.of("status") : personFields);
            person.ifPresent(p -> {
                used.add("population");
                Map<String, String> all = p.fields();
                for (FormField f : item.form()) {
                    if (f.prefill() != null && f.prefill().startsWith("person.")) {
                        String value = all.get(f.prefill().substring("person.".length()));
                        if (value != null) {
                            values.put(f.name(), value);
                        }
                    }
                }
            });
        }
        if (applicant.kind() == AccountKind.ENTERPRISE && (!entityFields.isEmpty() || entityMaterial)) {
            Optional<EntityRecord> entity = registers.entity(CreditCode.parse(applicant.creditCode()), purpose,
                    applicant.auditName(), null, entityFields.isEmpty() ? List.of("status") : entityFields);
            entity.ifPresent(e -> {
                used.add("legalEntity");
                Map<String, String> all = e.fields();
                for (FormField f : item.form()) {
                    if (f.prefill() != null && f.prefill().startsWith("entity.")) {
                        String value = all.get(f.prefill().substring("entity.".length()));
                        if (value != null) {
                            values.put(f.name(), value);
                        }
                    }
                }
            });
        }
        return new Prefill(values, used);
    }

    private static List<String> fields(ServiceItem item, String prefix) {
        return item.form().stream().map(FormField::prefill).filter(p -> p != null && p.startsWith(prefix))
                .map(p -> p.substring(prefix.length())).distinct().toList();
    }

    /** A filed application with the materials attached to it, for the receipt. */
    record Filed(Application application, List<AttachedMaterial> materials) {
    }

    /**
     * Files an application: one transaction for the process start, the form, the materials, the number, the
     * history line, the audit record and the event. The process starts first, so that the application row is
     * written once, with its process instance; the audit record comes last, so that the audit chain's head row
     * (which every audited write in the platform takes in turn) is held only for the end of the transaction.
     *
     * @param materialDigests per material code, the SM3 digest of a file this applicant uploaded
     * @throws RuleViolationException 422 naming each broken rule, 409 while the subject has an open application
     *         for the item
     */
    @Transactional
    Filed submit(Applicant applicant, String itemCode, Map<String, String> form,
            Map<String, String> materialDigests, boolean consent) {
        ServiceItem item = catalog.publishedForApplying(itemCode).orElseThrow(() -> new RuleViolationException(
                HttpStatus.NOT_FOUND, List.of(RuleViolation.of("itemCode", "services.item.not-found"))));
        Audience expected = applicant.kind() == AccountKind.ENTERPRISE ? Audience.ENTERPRISE : Audience.CITIZEN;
        if (item.audience() != expected) {
            throw RuleViolationException.of("itemCode", "services.apply.audience");
        }
        Prefill prefill = consent ? prefill(applicant, item) : Prefill.NONE;
        Map<String, String> input = new HashMap<>(form == null ? Map.of() : form);
        input.putAll(prefill.values());
        List<RuleViolation> broken = new ArrayList<>();
        Map<String, String> values = FormCheck.check(item.form(), input, broken);
        List<AttachedMaterial> materials = materials(applicant, item, materialDigests, prefill.registers(), broken);
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
        String subjectKey = subjectKey(applicant, item, values);
        if (applications.hasOpen(item.code(), subjectKey)) {
            throw RuleViolationException.conflict("itemCode", "services.apply.open");
        }
        Map<String, Department> lanes = new HashMap<>();
        item.lanes().forEach((lane, code) -> lanes.put(lane, department(code)));
        Department lead = lanes.values().stream().filter(d -> d.code().equals(item.leadDepartment())).findFirst()
                .orElseGet(() -> department(item.leadDepartment()));
        var now = log.now();
        String number = "YW" + DAY.format(now.atZone(ZONE)) + String.format("%06d", applications.nextSequence());
        Map<String, Object> variables = new HashMap<>();
        lanes.forEach((lane, department) -> variables.put("dept_" + lane, department.id()));
        variables.put("itemCode", item.code());
        String instance = workflow.start(item.processKey(), number, variables);
        Application filed;
        try {
            filed = applications.insert(new ApplicationRepository.NewApplication(number, item.code(), item.name(),
                    applicant.accountId(), applicant.kind().name(), holderName(item, applicant, values),
                    applicant.maskedIdentifier(), subjectKey, values, List.copyOf(prefill.values().keySet()), consent,
                    lead.id(), instance, now));
        } catch (DuplicateKeyException concurrent) {
            throw RuleViolationException.conflict("itemCode", "services.apply.open");
        }
        materials.forEach(m -> applications.attach(filed.id(), m));
        Department window = lanes.get("window");
        log.status(filed, ApplicationStatus.SUBMITTED, null, null, window, applicant.auditName(), null);
        return new Filed(filed, materials);
    }

    /**
     * The applicant supplies what the window asked for, once: the form values and materials he sends replace
     * the old ones; the acceptance clock, which stood still since the request, runs again.
     */
    @Transactional
    Application supplement(Applicant applicant, String number, Map<String, String> form,
            Map<String, String> materialDigests) {
        Application a = applications.lock(number).filter(x -> x.applicantAccountId() == applicant.accountId())
                .orElseThrow(Applying::notFound);
        if (a.status() != ApplicationStatus.SUPPLEMENT_REQUESTED) {
            throw RuleViolationException.conflict("number", "services.supplement.not-requested");
        }
        ServiceItem item = catalog.item(a.itemCode()).orElseThrow();
        Map<String, String> input = new HashMap<>(a.form());
        if (form != null) {
            form.forEach((k, v) -> {
                if (!a.prefilled().contains(k)) {
                    input.put(k, v);
                }
            });
        }
        List<RuleViolation> broken = new ArrayList<>();
        Map<String, String> values = FormCheck.check(item.form(), input, broken);
        List<AttachedMaterial> replaced = new ArrayList<>();
        Map<String, String> digests = materialDigests == null ? Map.of() : materialDigests;
        for (Material m : item.materials()) {
            String digest = digests.get(m.code());
            if (digest != null && !digest.isBlank()) {
                uploaded(applicant, m, digest, broken).ifPresent(replaced::add);
            }
        }
        boolean missing = item.materials().stream().anyMatch(m -> m.required()
                && applications.materials(a.id()).stream().noneMatch(x -> x.code().equals(m.code()))
                && replaced.stream().noneMatch(x -> x.code().equals(m.code())));
        if (missing) {
            broken.add(RuleViolation.of("materials", "services.materials.missing"));
        }
        if (!broken.isEmpty()) {
            throw new RuleViolationException(broken);
        }
        var calendar = workingDays.current();
        LocalDate today = log.now().atZone(ZONE).toLocalDate();
        int paused = calendar.countWorkingDays(a.supplementRequestedOn(), today);
        applications.supplemented(a.id(), values, paused);
        replaced.forEach(m -> applications.attach(a.id(), m));
        workflow.postponeDeadlines(a.number(), paused);
        Application now = applications.byNumber(number).orElseThrow();
        log.status(now, ApplicationStatus.SUPPLEMENTED, null, null, department(item.lanes().get("window")).id(),
                applicant.auditName(), null);
        return now;
    }

    private List<AttachedMaterial> materials(Applicant applicant, ServiceItem item, Map<String, String> digests,
            List<String> registersRead, List<RuleViolation> broken) {
        Map<String, String> given = digests == null ? Map.of() : digests;
        List<AttachedMaterial> attached = new ArrayList<>();
        for (Material m : item.materials()) {
            String digest = given.get(m.code());
            if (digest != null && !digest.isBlank()) {
                uploaded(applicant, m, digest, broken).ifPresent(attached::add);
            } else if (m.fromRegister() && registersRead.contains(m.register())) {
                attached.add(new AttachedMaterial(m.code(), m.name(), null, null, null, null, true));
            } else if (m.required()) {
                broken.add(RuleViolation.of("materials." + m.code(), "services.materials.required", m.name()));
            }
        }
        return attached;
    }

    private Optional<AttachedMaterial> uploaded(Applicant applicant, Material m, String digest,
            List<RuleViolation> broken) {
        Optional<AttachedMaterial> upload = applications.uploadOf(applicant.accountId(), digest.strip().toLowerCase());
        if (upload.isEmpty()) {
            broken.add(RuleViolation.of("materials." + m.code(), "services.materials.unknown-file", m.name()));
            return Optional.empty();
        }
        AttachedMaterial u = upload.get();
        return Optional.of(new AttachedMaterial(m.code(), m.name(), u.digest(), u.fileType(), u.size(), u.fileName(),
                false));
    }

    /** Item plus the subject: the form's subject fields when it names one, else the applicant himself. */
    private String subjectKey(Applicant applicant, ServiceItem item, Map<String, String> values) {
        StringBuilder subject = new StringBuilder(item.code()).append('|');
        List<FormField> subjectFields = item.form().stream().filter(FormField::subject).toList();
        if (subjectFields.isEmpty()) {
            subject.append(applicant.identity());
        } else {
            subjectFields.forEach(f -> subject.append(f.name()).append('=')
                    .append(values.getOrDefault(f.name(), "").replaceAll("\\s+", "")).append('|'));
        }
        return crypto.sm3Hex(subject.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String holderName(ServiceItem item, Applicant applicant, Map<String, String> values) {
        String enterprise = values.get("enterpriseName");
        return enterprise != null ? enterprise : applicant.displayName();
    }

    private Department department(String code) {
        return organization.departmentByCode(code)
                .orElseThrow(() -> new IllegalStateException("department " + code + " of the catalog is missing"));
    }

    static RuleViolationException notFound() {
        return new RuleViolationException(HttpStatus.NOT_FOUND,
                List.of(RuleViolation.of("number", "services.application.not-found")));
    }
}
