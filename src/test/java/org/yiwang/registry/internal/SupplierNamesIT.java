package org.yiwang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.yiwang.organization.DepartmentChanged;
import org.yiwang.organization.OrganizationDirectory;
import org.yiwang.support.PlatformTest;

@PlatformTest
class SupplierNamesIT {

    @Autowired SupplierNames names;
    @Autowired OrganizationDirectory organization;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_renamed_department_shows_its_new_name_once_the_change_has_committed() {
        var department = organization.departmentByCode("ZJ-HZ-XH-SCJG").orElseThrow();
        assertThat(names.of(department.id())).isEqualTo(department.name());
        try {
            rename(department.id(), "测试改名后的部门");
            assertThat(names.of(department.id())).isEqualTo("测试改名后的部门");
        } finally {
            rename(department.id(), department.name());
        }
        assertThat(names.of(department.id())).isEqualTo(department.name());
    }

    @Test
    void an_unknown_department_is_shown_by_its_id() {
        assertThat(names.of(-42)).isEqualTo("-42");
    }

    private void rename(long id, String name) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("update organization.department set name = ? where id = ?", name, id);
            events.publishEvent(new DepartmentChanged(organization.department(id).orElseThrow()));
        });
    }
}
