package org.yiwang.organization.internal;

/**
 * What an administrator may change on an existing department. Its code, division and line are what the
 * department is: a reform that moves a department to another region or line creates a new department
 * and dissolves the old one, so that records pointing at the old one keep their meaning.
 */
record DepartmentChanges(String name, String shortName, Long parentId, String kind) {
}
