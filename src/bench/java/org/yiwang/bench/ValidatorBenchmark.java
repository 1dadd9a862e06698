package org.yiwang.bench;

import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;

/**
 * Parsing a valid citizen ID number and a valid credit code, against two raw baselines on the same string:
 * the format-only regex that many systems stop at, and the bare check-character loop of the standard.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ValidatorBenchmark {

    /** The example of GB 11643-1999. */
    static final String ID_NUMBER = "11010519491231002X";

    private static final Pattern ID_FORMAT = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private static final String CREDIT_CHARACTERS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern CREDIT_FORMAT = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}");
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Read from fields, not constants, so that the JIT cannot fold the work away. */
    private String idNumber = ID_NUMBER;
    private String creditCode;

    /** A company registered by market regulation in Hangzhou (Xihu), both check characters computed by the platform. */
    @Setup
    public void prepare() {
        creditCode = CreditCode.of('9', '1', DivisionCode.parse("330106"), "MA2H3K5B").value();
        if (!rawIdNumberChecksum() || !rawCreditCodeChecksum() || !rawIdNumberRegex() || !rawCreditCodeRegex()) {
            throw new IllegalStateException("a raw baseline refuses a valid value");
        }
    }

    @Benchmark
    public IdNumber idNumberParse() {
        return IdNumber.parse(idNumber);
    }

    @Benchmark
    public boolean rawIdNumberRegex() {
        return ID_FORMAT.matcher(idNumber).matches();
    }

    @Benchmark
    public boolean rawIdNumberChecksum() {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (idNumber.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return ID_CHECK.charAt(sum % 11) == idNumber.charAt(17);
    }

    @Benchmark
    public CreditCode creditCodeParse() {
        return CreditCode.parse(creditCode);
    }

    @Benchmark
    public boolean rawCreditCodeRegex() {
        return CREDIT_FORMAT.matcher(creditCode).matches();
    }

    @Benchmark
    public boolean rawCreditCodeChecksum() {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CREDIT_CHARACTERS.indexOf(creditCode.charAt(i)) * CREDIT_WEIGHTS[i];
        }
        return CREDIT_CHARACTERS.charAt((31 - sum % 31) % 31) == creditCode.charAt(17);
    }
}
