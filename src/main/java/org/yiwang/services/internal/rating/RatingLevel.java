package org.yiwang.services.internal.rating;

import java.util.Arrays;
import java.util.Optional;

/** The five levels of 好差评, best first. The last two are bad ratings (差评). */
enum RatingLevel {
    VERY_SATISFIED("非常满意"),
    SATISFIED("满意"),
    BASICALLY_SATISFIED("基本满意"),
    DISSATISFIED("不满意"),
    VERY_DISSATISFIED("非常不满意");

    private final String chinese;

    RatingLevel(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }

    public boolean bad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }

    /** By its English name or its Chinese words, as a form or an API client may send it. */
    static Optional<RatingLevel> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        String v = value.strip();
        return Arrays.stream(values()).filter(l -> l.name().equalsIgnoreCase(v) || l.chinese.equals(v)).findFirst();
    }
}
