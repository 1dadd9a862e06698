package org.yiwang.audit;

/**
 * The result of walking the whole audit chain: intact, or the first record whose link is broken and why
 * ({@code content-changed}, {@code link-broken}, {@code record-missing}, {@code tail-missing}).
 */
public record ChainVerification(boolean intact, long recordsChecked, Long firstBrokenSeq, String reason) {

    public static ChainVerification ok(long checked) {
        return new ChainVerification(true, checked, null, null);
    }

    public static ChainVerification broken(long checked, long seq, String reason) {
        return new ChainVerification(false, checked, seq, reason);
    }
}
