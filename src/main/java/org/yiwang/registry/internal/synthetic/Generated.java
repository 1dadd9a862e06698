package org.yiwang.registry.internal.synthetic;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;

/** A fixed number of made-up records drawn from one seeded random source, so a seed always gives the same ones. */
abstract class Generated<T> implements Iterator<T> {

    protected final SplittableRandom random;
    private final long count;
    private long produced;

    Generated(long count, long seed) {
        this.count = count;
        this.random = new SplittableRandom(seed);
    }

    @Override
    public final boolean hasNext() {
        return produced < count;
    }

    @Override
    public final T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        produced++;
        return produce();
    }

    /** The next record. */
    protected abstract T produce();
}
