package org.yiwang.disclosure.internal.publishing;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What an author writes: the text and its metadata, as received (codes still to be checked by
 * {@link PublicationRules}).
 *
 * @param classification 密级 code, {@code NONE} for 非密
 * @param disclosure 公开属性 code, {@code PROACTIVE} for 主动公开
 */
record PublicationInput(String title, String body, String category, String documentNumber, String classification,
        String disclosure, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validUntil) {
}
