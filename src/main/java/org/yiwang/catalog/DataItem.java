package org.yiwang.catalog;

/**
 * 信息项: one field of a resource.
 *
 * @param key the field's stable identifier as delivered by the gateway (e.g. {@code idNumber})
 * @param name its Chinese name (e.g. 公民身份号码)
 * @param type its data type (字符型, 数值型, 日期型, …)
 */
public record DataItem(String key, String name, String type, Sensitivity sensitivity) {
}
