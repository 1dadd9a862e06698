package org.yiwang.organization;

/**
 * A post (岗位) in a department, such as 窗口受理员 or 科长, that staff accounts are appointed to.
 *
 * @param code unique within its department, e.g. {@code WINDOW-CLERK}
 * @param rank the civil-service rank attached to the post (e.g. 正科级); null when none is set
 */
public record Position(long id, long departmentId, String code, String name, String rank) {
}
