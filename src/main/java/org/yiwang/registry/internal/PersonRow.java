package org.yiwang.registry.internal;

import java.time.Instant;
import org.yiwang.registry.StoredPerson;

/** A stored person with the register's own bookkeeping. */
record PersonRow(long id, StoredPerson stored, long suppliedBy, Instant changedAt, int version) {
}
