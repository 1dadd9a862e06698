package org.yiwang.organization.internal;

/** A position as an administrator typed it. The code stays fixed once created; name and rank may change. */
record PositionRequest(String code, String name, String rank) {

    PositionRequest normalized() {
        return new PositionRequest(DepartmentRequest.clean(code), DepartmentRequest.clean(name),
                DepartmentRequest.clean(rank));
    }
}
