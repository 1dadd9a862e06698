package org.yiwang.organization;

import java.util.Locale;

/** A vertical line (条) such as 公安 or 税务: the ministry-to-county chain a department belongs to. */
public record VerticalLine(String code, String nameZh, String nameEn) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }
}
