package org.yiwang.services.internal.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MaskingAndNumbersTest {

    @Test
    void holder_names_are_masked_enough_to_recognise_but_not_to_harvest() {
        assertThat(LicenceVerification.maskName("张三")).isEqualTo("张*");
        assertThat(LicenceVerification.maskName("李小明")).isEqualTo("李**");
        assertThat(LicenceVerification.maskName("欧阳明华")).isEqualTo("欧**华");
        assertThat(LicenceVerification.maskName("杭州一网示范科技有限公司")).isEqualTo("杭州********公司");
        assertThat(LicenceVerification.maskName("王")).isEqualTo("王");
    }

    @Test
    void numbers_name_the_kind_the_issuing_division_the_year_and_a_serial() {
        assertThat(ResultKind.LICENCE.number("330106", 2026, 42)).isEqualTo("ZZ330106202600000042");
        assertThat(ResultKind.REFUSAL.number("330106", 2026, 43)).isEqualTo("JD330106202600000043");
    }

    @Test
    void the_seal_statement_is_fixed_utf8_lines_naming_number_digest_key_and_time() {
        SealStatement statement = new SealStatement("ZZ330106202600000042", "ab".repeat(32), "seal-zj-hz-xh-scjg",
                Instant.parse("2026-03-16T02:30:00.123Z"));
        assertThat(new String(statement.bytes(), StandardCharsets.UTF_8)).isEqualTo("""
                YIWANG-SEAL/1
                number=ZZ330106202600000042
                digest=%s
                key=seal-zj-hz-xh-scjg
                issued=2026-03-16T02:30:00.123Z
                """.formatted("ab".repeat(32)));
    }
}
