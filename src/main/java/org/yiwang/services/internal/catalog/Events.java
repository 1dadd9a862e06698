package org.yiwang.services.internal.catalog;

import java.util.List;

/** The life events (个人) and enterprise events (法人) by which the catalog is browsed, in display order. */
public final class Events {

    public static final List<String> LIFE = List.of("出生", "上学", "就业", "婚育", "住房", "医疗", "出行", "退休",
            "身后");
    public static final List<String> ENTERPRISE = List.of("开办", "变更", "经营", "纳税", "用工", "注销");

    private Events() {
    }
}
