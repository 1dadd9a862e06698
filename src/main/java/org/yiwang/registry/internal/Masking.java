package org.yiwang.registry.internal;

import java.util.Set;

/**
 * How a reader without the full-view permission sees personal data: enough to tell whom a record is about,
 * not enough to use it elsewhere. ID numbers are masked by {@link org.yiwang.common.IdNumber#masked()}.
 */
final class Masking {

    /** Two-character surnames, so that 欧阳娜娜 shows as 欧阳** rather than 欧***. */
    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "令狐", "端木", "轩辕", "独孤", "南宫", "西门", "呼延", "钟离",
            "赫连", "司空", "闻人", "申屠", "太史", "百里", "澹台", "拓跋");
    /** Where a Chinese address stops naming the division and starts naming the street. */
    private static final String DIVISION_SUFFIXES = "省市区县旗州盟";
    private static final int DIVISION_PART_MAX = 15;
    private static final String HIDDEN = "****";

    private Masking() {
    }

    /** 张三 → 张*, 欧阳娜娜 → 欧阳**: the surname stays, each other character becomes a star. */
    static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        int kept = name.length() > 2 && COMPOUND_SURNAMES.contains(name.substring(0, 2)) ? 2 : 1;
        return name.substring(0, kept) + "*".repeat(name.length() - kept);
    }

    /** 13812341234 → 138****1234; anything shorter than eight characters is hidden whole. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return HIDDEN;
        }
        return phone.substring(0, 3) + HIDDEN + phone.substring(phone.length() - 4);
    }

    /** 浙江省杭州市西湖区文三路 90 号 → 浙江省杭州市西湖区****: cut after the last division word near the start. */
    static String address(String address) {
        if (address == null) {
            return null;
        }
        int cut = 0;
        for (int i = 0; i < Math.min(address.length(), DIVISION_PART_MAX); i++) {
            if (DIVISION_SUFFIXES.indexOf(address.charAt(i)) >= 0) {
                cut = i + 1;
            }
        }
        return address.substring(0, cut) + HIDDEN;
    }
}
