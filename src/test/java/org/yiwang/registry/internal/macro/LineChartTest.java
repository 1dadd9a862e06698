package org.yiwang.registry.internal.macro;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineChartTest {

    @Test
    void draws_one_line_per_division_with_a_legend() {
        String svg = LineChart.svg("GDP", "亿元", List.of(
                series("杭州市", "2023", "18753", "2024", "21860"),
                series("宁波市", "2023", "16452", "2024", "18148")));
        assertThat(svg).startsWith("<svg").endsWith("</svg>");
        assertThat(svg.split("<polyline", -1)).hasSize(3);
        assertThat(svg).contains(">杭州市</text>", ">宁波市</text>", ">2023</text>", ">2024</text>");
        assertThat(svg).contains("杭州市 2024: 21860 亿元");
    }

    @Test
    void escapes_names_that_came_from_data() {
        String svg = LineChart.svg("<script>", "&", List.of(series("A\"<b>", "2024", "1")));
        assertThat(svg).doesNotContain("<script>", "<b>").contains("&lt;script&gt;", "A&quot;&lt;b&gt;", "&amp;");
    }

    @Test
    void the_value_axis_starts_at_zero_with_round_steps() {
        double[] axis = LineChart.axis(List.of(series("x", "2023", "18753", "2024", "21860")));
        assertThat(axis).containsExactly(0, 25000, 5000);
    }

    @Test
    void an_empty_answer_is_an_empty_chart() {
        assertThat(LineChart.svg("GDP", "亿元", List.of(new Series("330100", "杭州市", List.of()))))
                .doesNotContain("<polyline");
    }

    private static Series series(String name, String... periodsAndValues) {
        List<SeriesPoint> points = new ArrayList<>();
        for (int i = 0; i < periodsAndValues.length; i += 2) {
            points.add(new SeriesPoint(periodsAndValues[i], new BigDecimal(periodsAndValues[i + 1]), "ZJ-TJ", Instant.EPOCH));
        }
        return new Series("330100", name, points);
    }
}
