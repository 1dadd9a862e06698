package org.yiwang.common;

import java.util.Optional;

/**
 * The divisions that exist, with their names. The organization module keeps the list; value types here
 * only check a code's structure, and code that must refuse unknown divisions asks this directory when
 * one is present.
 */
public interface DivisionDirectory {

    /** The division's name (e.g. 朝阳区 for 110105), or empty when no such division is on record. */
    Optional<String> nameOf(DivisionCode code);

    default boolean isKnown(DivisionCode code) {
        return nameOf(code).isPresent();
    }

    /**
     * Whether a division code on an ID number or a credit code can stand. Such numbers keep the code they
     * were issued with for life, so a county abolished or renamed since (330103 下城区, merged in 2021) is
     * accepted when its city is still on record; an invented county in a known city is accepted too, which
     * is the price of not keeping the history of every county.
     */
    default boolean recognises(DivisionCode code) {
        return isKnown(code)
                || code.level() == DivisionCode.Level.COUNTY && code.parent().filter(this::isKnown).isPresent();
    }

    /** The name to show for a code that {@link #recognises} accepts: its own, or else its city's. */
    default Optional<String> nameOrCityOf(DivisionCode code) {
        return nameOf(code).or(() -> code.parent().flatMap(this::nameOf));
    }
}
