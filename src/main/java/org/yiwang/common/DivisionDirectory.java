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
}
