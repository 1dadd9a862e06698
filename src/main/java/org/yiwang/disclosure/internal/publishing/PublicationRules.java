package org.yiwang.disclosure.internal.publishing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.yiwang.common.RuleViolation;

/**
 * The rules a publication must meet before it is stored, submitted, approved or loaded from an archive. Above all:
 * nothing classified (密级 other than 非密) and nothing not marked for proactive disclosure is ever published.
 */
final class PublicationRules {

    static final int TITLE_MAX = 200;
    static final int BODY_MAX = 200_000;
    static final int DOCUMENT_NUMBER_MAX = 60;
    /** 发文字号 per GB/T 9704: issuer's code, the year in hexagonal brackets 〔〕, the sequence and 号. */
    private static final Pattern DOCUMENT_NUMBER = Pattern.compile("\\S+〔(19|20)\\d{2}〕\\d{1,5}号");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]");

    private PublicationRules() {
    }

    /**
     * Every rule {@code input} breaks, with fields named after {@code prefix} (empty, or {@code items[3].} in a bulk
     * load). {@code today} is the day the check happens: a validity that has already ended is refused.
     */
    static List<RuleViolation> check(PublicationInput input, LocalDate today, String prefix) {
        List<RuleViolation> broken = new ArrayList<>();
        text(broken, prefix + "title", input.title(), TITLE_MAX, "disclosure.title");
        if (input.title() != null && (input.title().contains("\n") || input.title().contains("\r"))) {
            broken.add(RuleViolation.of(prefix + "title", "disclosure.title.single-line"));
        }
        text(broken, prefix + "body", input.body(), BODY_MAX, "disclosure.body");
        if (blank(input.category())) {
            broken.add(RuleViolation.of(prefix + "category", "disclosure.category.required"));
        } else if (Category.ofCode(input.category()).isEmpty()) {
            broken.add(RuleViolation.of(prefix + "category", "disclosure.category.unknown", input.category()));
        }
        if (!blank(input.documentNumber())) {
            String number = input.documentNumber().strip();
            if (number.length() > DOCUMENT_NUMBER_MAX || !DOCUMENT_NUMBER.matcher(number).matches()) {
                broken.add(RuleViolation.of(prefix + "documentNumber", "disclosure.document-number.format", number));
            }
        }
        classification(broken, prefix + "classification", input.classification());
        disclosure(broken, prefix + "disclosure", input.disclosure());
        if (input.validUntil() != null && input.validUntil().isBefore(today)) {
            broken.add(RuleViolation.of(prefix + "validUntil", "disclosure.valid-until.past", input.validUntil()));
        }
        return broken;
    }

    private static void classification(List<RuleViolation> broken, String field, String value) {
        if (blank(value)) {
            broken.add(RuleViolation.of(field, "disclosure.classification.required"));
            return;
        }
        try {
            if (Classification.valueOf(value) != Classification.NONE) {
                broken.add(RuleViolation.of(field, "disclosure.classified", value));
            }
        } catch (IllegalArgumentException unknown) {
            broken.add(RuleViolation.of(field, "disclosure.classification.unknown", value));
        }
    }

    private static void disclosure(List<RuleViolation> broken, String field, String value) {
        if (blank(value)) {
            broken.add(RuleViolation.of(field, "disclosure.disclosure.required"));
            return;
        }
        try {
            DisclosureKind kind = DisclosureKind.valueOf(value);
            if (kind == DisclosureKind.NOT_PUBLIC) {
                broken.add(RuleViolation.of(field, "disclosure.not-public"));
            } else if (kind == DisclosureKind.ON_REQUEST) {
                broken.add(RuleViolation.of(field, "disclosure.on-request-only"));
            }
        } catch (IllegalArgumentException unknown) {
            broken.add(RuleViolation.of(field, "disclosure.disclosure.unknown", value));
        }
    }

    private static void text(List<RuleViolation> broken, String field, String value, int max, String rule) {
        if (blank(value)) {
            broken.add(RuleViolation.of(field, rule + ".required"));
        } else if (value.length() > max) {
            broken.add(RuleViolation.of(field, rule + ".too-long", max));
        } else if (CONTROL.matcher(value).find()) {
            broken.add(RuleViolation.of(field, "disclosure.text.control-characters"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
