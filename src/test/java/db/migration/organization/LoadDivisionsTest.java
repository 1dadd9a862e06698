package db.migration.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LoadDivisionsTest {

    @Test
    void shortened_codes_are_padded_to_six_digits() {
        assertThat(V120_2__Load_divisions.pad("11")).isEqualTo("110000");
        assertThat(V120_2__Load_divisions.pad("1101")).isEqualTo("110100");
        assertThat(V120_2__Load_divisions.pad("110105")).isEqualTo("110105");
    }

    @Test
    void refuses_a_code_of_odd_length() {
        assertThatThrownBy(() -> V120_2__Load_divisions.pad("110")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void shipped_data_holds_31_provinces_342_cities_and_2975_counties() throws Exception {
        assertThat(read(V120_2__Load_divisions.PROVINCES, "province", null)).hasSize(31);
        assertThat(read(V120_2__Load_divisions.CITIES, "city", "provinceCode")).hasSize(342);
        assertThat(read(V120_2__Load_divisions.COUNTIES, "county", "cityCode")).hasSize(2975);
    }

    @Test
    void cities_without_a_county_level_are_not_also_counties() throws Exception {
        assertThat(read(V120_2__Load_divisions.COUNTIES, "county", "cityCode"))
                .extracting(V120_2__Load_divisions.Row::code)
                .doesNotContain("441900", "442000", "460400");
    }

    @Test
    void every_division_has_a_unique_code_and_a_parent_loaded_before_it() throws Exception {
        List<V120_2__Load_divisions.Row> all = new ArrayList<>();
        all.addAll(read(V120_2__Load_divisions.PROVINCES, "province", null));
        all.addAll(read(V120_2__Load_divisions.CITIES, "city", "provinceCode"));
        all.addAll(read(V120_2__Load_divisions.COUNTIES, "county", "cityCode"));
        Set<String> loaded = new HashSet<>();
        for (V120_2__Load_divisions.Row row : all) {
            assertThat(row.parentCode() == null || loaded.contains(row.parentCode())).as(row.toString()).isTrue();
            assertThat(loaded.add(row.code())).as("unique " + row.code()).isTrue();
        }
    }

    private static List<V120_2__Load_divisions.Row> read(String resource, String level, String parent) throws Exception {
        return V120_2__Load_divisions.read(resource, level, parent);
    }
}
