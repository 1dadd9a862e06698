package org.yiwang.catalog.internal;

import java.util.List;
import java.util.Optional;

/**
 * The closed word lists of catalog metadata (GB/T 21063.3): resource formats, update cycles and data item types.
 * Entries store the Chinese term, which is what other modules and the standard use; pages translate by {@code key}.
 */
enum Vocabulary {
    FORMAT("电子文件", "电子表格", "数据库", "图形图像", "流媒体", "自描述格式", "其他"),
    UPDATE_CYCLE("实时", "每日", "每周", "每月", "每季度", "每半年", "每年", "不定期"),
    ITEM_TYPE("字符型", "数值型", "日期型", "日期时间型", "布尔型", "二进制");

    private final List<String> terms;

    Vocabulary(String... terms) {
        this.terms = List.of(terms);
    }

    List<String> terms() {
        return terms;
    }

    boolean contains(String term) {
        return terms.contains(term);
    }

    /** The message key of a term: {@code catalog.format.2} for 数据库. */
    Optional<String> key(String term) {
        int index = terms.indexOf(term);
        return index < 0 ? Optional.empty()
                : Optional.of("catalog." + name().toLowerCase().replace('_', '-') + "." + index);
    }
}
