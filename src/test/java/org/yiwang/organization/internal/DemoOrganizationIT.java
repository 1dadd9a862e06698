package org.yiwang.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.yiwang.organization.Department;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;

@PlatformTest
class DemoOrganizationIT {

    @Autowired DemoOrganization demo;
    @Autowired JdbcTemplate jdbc;
    @Autowired OrganizationDirectory directory;

    @Test
    void loading_the_demo_organization_twice_changes_nothing() throws Exception {
        List<Map<String, Object>> before = snapshot();
        demo.run(new DefaultApplicationArguments());
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void demo_bureaus_hang_under_the_bureau_of_their_line_one_level_up() {
        Department county = directory.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow();
        Department city = directory.department(county.parentId()).orElseThrow();
        Department province = directory.department(city.parentId()).orElseThrow();
        assertThat(List.of(county.code(), city.code(), province.code()))
                .containsExactly("ZJ-HZ-XH-SCJG", "ZJ-HZ-SCJG", "ZJ-SCJG");
        assertThat(province.parentId()).isNull();
    }

    @Test
    void the_demo_province_has_departments_at_every_level() {
        assertThat(directory.departmentsIn("330000", false)).hasSizeGreaterThanOrEqualTo(12);
        assertThat(directory.departmentsIn("330100", false)).isNotEmpty();
        assertThat(directory.departmentsIn("330200", false)).isNotEmpty();
        assertThat(directory.departmentsIn("330106", false)).isNotEmpty();
        assertThat(directory.departmentsIn("330212", false)).isNotEmpty();
    }

    private List<Map<String, Object>> snapshot() {
        return jdbc.queryForList("""
                select d.code, d.name, d.parent_id, d.updated_at, count(p.id) as positions, max(p.updated_at) as changed
                from organization.department d left join organization.position p on p.department_id = d.id
                where d.code like 'ZJ-%' group by d.id order by d.code
                """);
    }
}
