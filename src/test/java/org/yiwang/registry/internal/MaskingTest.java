package org.yiwang.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.yiwang.common.IdNumber;

class MaskingTest {

    @Test
    void id_number_keeps_division_and_sequence_and_hides_the_birth_date() {
        assertThat(IdNumber.parse("11010519491231002X").masked()).isEqualTo("110105********002X");
    }

    @Test
    void name_keeps_the_surname_compound_ones_whole() {
        assertThat(Masking.name("张三")).isEqualTo("张*");
        assertThat(Masking.name("王小明")).isEqualTo("王**");
        assertThat(Masking.name("欧阳娜娜")).isEqualTo("欧阳**");
        assertThat(Masking.name("欧阳")).isEqualTo("欧*");
    }

    @Test
    void phone_keeps_the_first_three_and_last_four_digits() {
        assertThat(Masking.phone("13812341234")).isEqualTo("138****1234");
        assertThat(Masking.phone("12345")).isEqualTo("****");
    }

    @Test
    void address_is_cut_to_the_division() {
        assertThat(Masking.address("浙江省杭州市西湖区文三路 90 号")).isEqualTo("浙江省杭州市西湖区****");
        assertThat(Masking.address("文三路 90 号")).isEqualTo("****");
    }
}
