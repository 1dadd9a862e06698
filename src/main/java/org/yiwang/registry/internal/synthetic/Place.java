package org.yiwang.registry.internal.synthetic;

/** A county-level division people are registered in: its code and its full name (浙江省杭州市西湖区). */
record Place(String code, String fullName, String shortName) {
}
