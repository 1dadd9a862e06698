package org.yiwang.disclosure.internal.publishing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The categories of a department's disclosure catalogue (信息公开目录). The code appears in URLs and in
 * {@link org.yiwang.disclosure.Publication#category()}; the abbreviation, pinyin initials as catalogues use them,
 * appears in index numbers.
 */
public enum Category {
    /** 政策文件. */
    POLICY("policy", "ZCWJ"),
    /** 政策解读. */
    INTERPRETATION("interpretation", "ZCJD"),
    /** 通知公告. */
    NOTICE("notice", "TZGG"),
    /** 规划计划. */
    PLAN("plan", "GHJH"),
    /** 财政预决算. */
    BUDGET("budget", "CZYJS"),
    /** 统计信息. */
    STATISTICS("statistics", "TJXX"),
    /** 人事信息. */
    PERSONNEL("personnel", "RSXX");

    private final String code;
    private final String abbreviation;

    Category(String code, String abbreviation) {
        this.code = code;
        this.abbreviation = abbreviation;
    }

    public String code() {
        return code;
    }

    public String abbreviation() {
        return abbreviation;
    }

    public static Optional<Category> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    public static Optional<Category> ofAbbreviation(String abbreviation) {
        return Arrays.stream(values()).filter(c -> c.abbreviation.equals(abbreviation)).findFirst();
    }
}
