package org.yiwang.organization.internal;

record PositionChanges(String name, String rank) {
}
