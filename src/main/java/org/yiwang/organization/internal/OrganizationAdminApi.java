package org.yiwang.organization.internal;

import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.yiwang.organization.Department;
import org.yiwang.organization.Position;

/**
 * Administration of departments and positions over JSON. The URL rules let everyone reach
 * {@code /api/v1/organization/**} for reading, so the permission is checked here on every method.
 */
@RestController
@RequestMapping("/api/v1/organization")
@PreAuthorize("hasAuthority('organization:manage')")
class OrganizationAdminApi {

    private final DepartmentAdministration departments;
    private final PositionAdministration positions;

    OrganizationAdminApi(DepartmentAdministration departments, PositionAdministration positions) {
        this.departments = departments;
        this.positions = positions;
    }

    @PostMapping("/departments")
    public ResponseEntity<Department> create(@RequestBody DepartmentRequest request) {
        Department created = departments.create(request);
        return ResponseEntity.created(URI.create("/api/v1/organization/departments/" + created.id())).body(created);
    }

    @PutMapping("/departments/{id}")
    public Department update(@PathVariable long id, @RequestBody DepartmentChanges changes) {
        return departments.update(id, changes);
    }

    @PostMapping("/departments/{id}/dissolution")
    public Department dissolve(@PathVariable long id) {
        return departments.dissolve(id);
    }

    @PostMapping("/departments/{id}/positions")
    public ResponseEntity<Position> createPosition(@PathVariable long id, @RequestBody PositionRequest request) {
        Position created = positions.create(id, request);
        return ResponseEntity.created(URI.create("/api/v1/organization/positions/" + created.id())).body(created);
    }

    @PutMapping("/positions/{id}")
    public Position updatePosition(@PathVariable long id, @RequestBody PositionChanges changes) {
        return positions.update(id, changes);
    }
}
