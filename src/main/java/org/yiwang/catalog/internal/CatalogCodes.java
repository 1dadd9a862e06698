package org.yiwang.catalog.internal;

import java.util.regex.Pattern;
import org.yiwang.catalog.Classification;

/**
 * Resource codes, after the 2017 cataloguing guide's front part (类 + 项) and back part (sequence):
 * {@code <class>-<category>-<sequence>}.
 * <ul>
 * <li>class: {@code 1} 基础, {@code 2} 主题, {@code 3} 部门 (GB/T 21063.4);</li>
 * <li>category: for 基础 the register ({@code 01} 人口, {@code 02} 法人, {@code 03} 自然资源和空间地理,
 * {@code 04} 宏观经济); for 主题 a two-digit theme {@code 01}–{@code 99}; for 部门 the provider department's
 * own code (e.g. {@code ZJ-HZ-SCJG}), so that a department's resources read as its own;</li>
 * <li>sequence: six digits, counted per class and category from {@code 000001}, never reused.</li>
 * </ul>
 * Examples: {@code 1-01-000001} (the population register), {@code 3-ZJ-HZ-SCJG-000001}.
 */
final class CatalogCodes {

    static final Pattern THEME = Pattern.compile("(0[1-9]|[1-9][0-9])");
    static final Pattern DEPARTMENT_CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    static final Pattern CODE = Pattern.compile("[123]-[A-Z0-9]+(-[A-Z0-9]+)*-[0-9]{6}");

    private CatalogCodes() {
    }

    static String classCode(Classification classification) {
        return switch (classification) {
            case BASE -> "1";
            case THEMATIC -> "2";
            case DEPARTMENTAL -> "3";
        };
    }

    static String prefix(Classification classification, String category) {
        return classCode(classification) + "-" + category;
    }

    static String code(String prefix, int sequence) {
        if (sequence < 1 || sequence > 999_999) {
            throw new IllegalStateException("sequence " + sequence + " of " + prefix + " is out of range");
        }
        return prefix + "-" + String.format("%06d", sequence);
    }

    /** Whether a text has the shape of a resource code; says nothing about whether the resource exists. */
    static boolean wellFormed(String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
