package org.yiwang.organization.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.common.RuleViolation;
import org.yiwang.organization.Department;

/**
 * The demo province: departments of 浙江省, 杭州市, 宁波市 and four of their districts, from
 * {@code data/demo/departments.csv}, with their positions from {@code data/demo/positions.csv}.
 * Other modules' demo data refer to these departments by code, so this runs early. It only adds what is
 * missing and never overwrites what an administrator changed, so a second run changes nothing. Seed data
 * is not an administrator's act, so it is not audited and publishes no events.
 */
@Component
@Profile("demo")
@Order(10)
class DemoOrganization implements ApplicationRunner {

    static final String DEPARTMENTS = "data/demo/departments.csv";
    static final String POSITIONS = "data/demo/positions.csv";

    private static final Log log = LogFactory.getLog(DemoOrganization.class);

    private final DepartmentRepository departments;
    private final PositionRepository positions;
    private final DivisionRepository divisions;
    private final VerticalLineRepository lines;

    DemoOrganization(DepartmentRepository departments, PositionRepository positions, DivisionRepository divisions,
            VerticalLineRepository lines) {
        this.departments = departments;
        this.positions = positions;
        this.divisions = divisions;
        this.lines = lines;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        DepartmentRules rules = new DepartmentRules(divisions.tree(), code -> lines.find(code).isPresent(),
                departments::find);
        int addedDepartments = 0;
        for (CSVRecord row : read(DEPARTMENTS)) {
            if (addDepartment(row, rules)) {
                addedDepartments++;
            }
        }
        int addedPositions = 0;
        for (CSVRecord row : read(POSITIONS)) {
            Department department = departments.findByCode(row.get("department_code")).orElseThrow(
                    () -> new IllegalStateException("Demo position for unknown department: " + row));
            if (positions.insertIfAbsent(department.id(),
                    new PositionRequest(row.get("code"), row.get("name"), row.get("rank")).normalized())) {
                addedPositions++;
            }
        }
        log.info("Demo organization: " + addedDepartments + " departments and " + addedPositions + " positions added");
    }

    private boolean addDepartment(CSVRecord row, DepartmentRules rules) {
        if (departments.findByCode(row.get("code")).isPresent()) {
            return false;
        }
        String parentCode = DepartmentRequest.clean(row.get("parent_code"));
        Long parentId = parentCode == null ? null : departments.findByCode(parentCode).map(Department::id)
                .orElseThrow(() -> new IllegalStateException("Demo department before its parent: " + row));
        DepartmentRequest request = new DepartmentRequest(row.get("code"), row.get("name"), row.get("short_name"),
                row.get("division_code"), row.get("line_code"), parentId, row.get("kind")).normalized();
        List<RuleViolation> violations = rules.check(request, null);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("Demo department breaks the platform's rules: " + row + " " + violations);
        }
        return departments.insertIfAbsent(request.toDraft()).isPresent();
    }

    static List<CSVRecord> read(String resource) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setCommentMarker('#').setIgnoreEmptyLines(true).get();
        try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
                StandardCharsets.UTF_8); CSVParser parser = format.parse(reader)) {
            return parser.getRecords();
        }
    }
}
