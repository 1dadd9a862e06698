package org.yiwang.registry.internal.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.yiwang.common.RuleViolationException;

class ParcelBoundaryTest {

    static final String SQUARE = """
            {"type":"Polygon","coordinates":[[[120.1,30.2],[120.2,30.2],[120.2,30.3],[120.1,30.3],[120.1,30.2]]]}""";

    @Test
    void accepts_a_closed_square_and_knows_its_bounding_box() {
        ParcelBoundary boundary = ParcelBoundary.parse(SQUARE);
        assertThat(boundary.envelope().getMinX()).isEqualTo(120.1);
        assertThat(boundary.envelope().getMaxY()).isEqualTo(30.3);
    }

    @Test
    void covers_points_inside_and_on_the_edge_but_not_outside() {
        ParcelBoundary boundary = ParcelBoundary.parse(SQUARE);
        assertThat(boundary.covers(120.15, 30.25)).isTrue();
        assertThat(boundary.covers(120.1, 30.25)).isTrue();
        assertThat(boundary.covers(120.25, 30.25)).isFalse();
    }

    @Test
    void a_hole_is_not_part_of_the_parcel() {
        ParcelBoundary boundary = ParcelBoundary.parse("""
                {"type":"Polygon","coordinates":[
                  [[0,0],[10,0],[10,10],[0,10],[0,0]],
                  [[4,4],[6,4],[6,6],[4,6],[4,4]]]}""");
        assertThat(boundary.covers(5, 5)).isFalse();
        assertThat(boundary.covers(2, 2)).isTrue();
    }

    @Test
    void keeps_longitude_and_latitude_only_in_one_canonical_form() {
        ParcelBoundary boundary = ParcelBoundary.parse("""
                { "type" : "Polygon", "coordinates" : [[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]] }""");
        assertThat(boundary.geoJson())
                .isEqualTo("{\"type\":\"Polygon\",\"coordinates\":[[[0.0,0.0],[1.0,0.0],[1.0,1.0],[0.0,0.0]]]}");
    }

    @Test
    void rejects_a_ring_that_is_not_closed() {
        assertRefused("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]}""", "parcel.boundary.not-closed");
    }

    @Test
    void rejects_a_ring_of_fewer_than_four_positions() {
        assertRefused("""
                {"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}""", "parcel.boundary.positions");
    }

    @Test
    void rejects_positions_outside_longitude_and_latitude_ranges() {
        assertRefused("""
                {"type":"Polygon","coordinates":[[[0,0],[181,0],[1,1],[0,0]]]}""", "parcel.boundary.range");
        assertRefused("""
                {"type":"Polygon","coordinates":[[[0,0],[1,91],[1,1],[0,0]]]}""", "parcel.boundary.range");
    }

    @Test
    void rejects_a_bow_tie_that_crosses_itself() {
        assertRefused("""
                {"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}""",
                "parcel.boundary.self-intersecting");
    }

    @Test
    void rejects_other_geometries_and_malformed_text() {
        assertRefused("{\"type\":\"Point\",\"coordinates\":[0,0]}", "parcel.boundary.type");
        assertRefused("{\"type\":\"Polygon\"", "parcel.boundary.json");
        assertRefused("{\"type\":\"Polygon\",\"coordinates\":[[[0,\"a\"],[1,0],[1,1],[0,0]]]}",
                "parcel.boundary.coordinates");
        assertRefused(" ", "parcel.boundary.required");
    }

    private static void assertRefused(String geoJson, String rule) {
        assertThatThrownBy(() -> ParcelBoundary.parse(geoJson))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.violations()).extracting(v -> v.rule()).containsExactly(rule);
                    assertThat(e.violations()).extracting(v -> v.field()).containsOnly("boundary");
                });
    }
}
