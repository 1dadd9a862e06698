package org.yiwang.registry.internal.geo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/**
 * A parcel's boundary: a GeoJSON Polygon in WGS 84 longitude/latitude whose rings are closed, have at least four
 * positions, stay within the valid ranges and do not cross themselves or each other. An instance is always valid;
 * {@link #geoJson()} gives it back in one canonical form, which is what the register stores.
 */
final class ParcelBoundary {

    static final String FIELD = "boundary";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final GeometryFactory GEOMETRY = new GeometryFactory(new PrecisionModel(), 4326);

    private final Polygon polygon;
    private final String geoJson;

    private ParcelBoundary(Polygon polygon, String geoJson) {
        this.polygon = polygon;
        this.geoJson = geoJson;
    }

    /** The boundary, or a refusal under the field {@code boundary} naming the first rule the text breaks. */
    static ParcelBoundary parse(String text) {
        if (text == null || text.isBlank()) {
            throw refusal("parcel.boundary.required");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw refusal("parcel.boundary.json");
        }
        if (node == null || !node.isObject() || !"Polygon".equals(node.path("type").asText())) {
            throw refusal("parcel.boundary.type");
        }
        JsonNode rings = node.get("coordinates");
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw refusal("parcel.boundary.coordinates");
        }
        List<Coordinate[]> parsed = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            parsed.add(ring(rings.get(r), r + 1));
        }
        LinearRing shell = GEOMETRY.createLinearRing(parsed.get(0));
        LinearRing[] holes = parsed.subList(1, parsed.size()).stream()
                .map(GEOMETRY::createLinearRing).toArray(LinearRing[]::new);
        Polygon polygon = GEOMETRY.createPolygon(shell, holes);
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            String where = at == null ? "" : at.x + "," + at.y;
            throw refusal(isCrossing(error) ? "parcel.boundary.self-intersecting" : "parcel.boundary.invalid", where);
        }
        return new ParcelBoundary(polygon, canonical(parsed));
    }

    /** Whether the point lies inside the boundary or on it. */
    boolean covers(double lon, double lat) {
        return polygon.covers(GEOMETRY.createPoint(new Coordinate(lon, lat)));
    }

    Envelope envelope() {
        return polygon.getEnvelopeInternal();
    }

    String geoJson() {
        return geoJson;
    }

    private static Coordinate[] ring(JsonNode ring, int number) {
        if (ring == null || !ring.isArray()) {
            throw refusal("parcel.boundary.coordinates");
        }
        if (ring.size() < 4) {
            throw refusal("parcel.boundary.positions", number, ring.size());
        }
        Coordinate[] coordinates = new Coordinate[ring.size()];
        for (int i = 0; i < ring.size(); i++) {
            JsonNode position = ring.get(i);
            if (!position.isArray() || position.size() < 2 || position.size() > 3
                    || !position.get(0).isNumber() || !position.get(1).isNumber()) {
                throw refusal("parcel.boundary.coordinates");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
                throw refusal("parcel.boundary.range", lon + "," + lat);
            }
            coordinates[i] = new Coordinate(lon, lat);
        }
        if (!coordinates[0].equals2D(coordinates[coordinates.length - 1])) {
            throw refusal("parcel.boundary.not-closed", number);
        }
        return coordinates;
    }

    private static boolean isCrossing(TopologyValidationError error) {
        int type = error.getErrorType();
        return type == TopologyValidationError.SELF_INTERSECTION
                || type == TopologyValidationError.RING_SELF_INTERSECTION
                || type == TopologyValidationError.NESTED_SHELLS
                || type == TopologyValidationError.NESTED_HOLES
                || type == TopologyValidationError.HOLE_OUTSIDE_SHELL;
    }

    /** Longitude and latitude only, in the order given: a third (height) value is not part of the register. */
    private static String canonical(List<Coordinate[]> rings) {
        ObjectNode polygon = JSON.createObjectNode();
        polygon.put("type", "Polygon");
        ArrayNode coordinates = polygon.putArray("coordinates");
        for (Coordinate[] ring : rings) {
            ArrayNode positions = coordinates.addArray();
            for (Coordinate c : ring) {
                positions.addArray().add(c.x).add(c.y);
            }
        }
        return polygon.toString();
    }

    private static RuleViolationException refusal(String rule, Object... args) {
        return new RuleViolationException(RuleViolation.of(FIELD, rule, args));
    }
}
