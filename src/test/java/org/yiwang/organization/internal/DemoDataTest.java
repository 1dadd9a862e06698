package org.yiwang.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.yiwang.organization.DepartmentKind;

/** The demo CSVs are read by other modules' demo data too, so their shape is checked without a database. */
class DemoDataTest {

    @Test
    void every_demo_department_has_a_unique_well_formed_code_and_a_parent_listed_before_it() throws Exception {
        Set<String> seen = new HashSet<>();
        for (CSVRecord row : DemoOrganization.read(DemoOrganization.DEPARTMENTS)) {
            String code = row.get("code");
            assertThat(DepartmentRules.CODE.matcher(code).matches()).as(code).isTrue();
            String parent = row.get("parent_code");
            assertThat(parent.isEmpty() || seen.contains(parent)).as(code + " after " + parent).isTrue();
            assertThat(DepartmentKind.fromCode(row.get("kind"))).as(code).isPresent();
            assertThat(seen.add(code)).as("unique " + code).isTrue();
        }
        assertThat(seen).hasSizeGreaterThanOrEqualTo(10)
                .contains("ZJ-SCJG", "ZJ-HZ-SCJG", "ZJ-HZ-XH-SCJG", "ZJ-HZ-XH-ZWFW", "ZJ-NB-YZ-ZWFW");
    }

    @Test
    void demo_departments_cover_the_province_both_cities_and_four_districts() throws Exception {
        Set<String> divisions = new HashSet<>();
        DemoOrganization.read(DemoOrganization.DEPARTMENTS).forEach(row -> divisions.add(row.get("division_code")));
        assertThat(divisions).contains("330000", "330100", "330200", "330102", "330106", "330203", "330212");
    }

    @Test
    void every_demo_position_belongs_to_a_demo_department_and_is_unique_there() throws Exception {
        Set<String> departments = new HashSet<>();
        DemoOrganization.read(DemoOrganization.DEPARTMENTS).forEach(row -> departments.add(row.get("code")));
        Map<String, Set<String>> positions = new HashMap<>();
        List<CSVRecord> rows = DemoOrganization.read(DemoOrganization.POSITIONS);
        for (CSVRecord row : rows) {
            String department = row.get("department_code");
            assertThat(departments).contains(department);
            assertThat(DepartmentRules.CODE.matcher(row.get("code")).matches()).as(row.get("code")).isTrue();
            assertThat(positions.computeIfAbsent(department, d -> new HashSet<>()).add(row.get("code")))
                    .as(department + " " + row.get("code")).isTrue();
        }
        assertThat(positions.keySet()).isEqualTo(departments);
    }
}
