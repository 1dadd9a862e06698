package org.yiwang.disclosure.internal.publishing;

/** Where a publication stands: written, waiting for review, sent back, public, or taken down. */
public enum Status {
    DRAFT, SUBMITTED, RETURNED, PUBLISHED, WITHDRAWN;

    boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
