package org.yiwang.organization;

/**
 * A division (行政区划) in the 6-digit GB/T 2260 form.
 *
 * @param name the official name, as in the statistics data set (e.g. 市辖区 for Beijing's city level)
 * @param displayName the name to show people: the official name, except that placeholder names such as
 *                    市辖区 or 县 carry their province (北京市市辖区)
 * @param parentCode the enclosing division; null for a province
 */
public record Division(String code, String name, String displayName, DivisionLevel level, String parentCode) {
}
