package org.yiwang.support;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;
import org.yiwang.common.CreditCode;
import org.yiwang.common.DivisionCode;
import org.yiwang.common.IdNumber;

/** Made-up people and enterprises with valid check characters, never real ones. */
public final class SyntheticPeople {

    private SyntheticPeople() {
    }

    /** A valid ID number of someone born in 西湖区 (330106) between 1960 and 2000. */
    public static IdNumber idNumber() {
        var random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(40 * 365));
        return IdNumber.of(DivisionCode.parse("330106"), birth, random.nextInt(1, 1000));
    }

    /** A valid credit code of an enterprise (工商, 企业) registered in 西湖区. */
    public static CreditCode creditCode() {
        var random = ThreadLocalRandom.current();
        String body = "MA" + String.format("%06d", random.nextInt(1_000_000));
        return CreditCode.of('9', '1', DivisionCode.parse("330106"), body);
    }
}
