package org.yiwang.registry.internal.geo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.HttpStatus;
import org.yiwang.common.RuleViolation;
import org.yiwang.common.RuleViolationException;

/** The two spatial questions the parcel API answers, read from {@code containing=lon,lat} or {@code bbox=…}. */
sealed interface SpatialQuery {

    record Containing(double lon, double lat) implements SpatialQuery {
    }

    record Inside(Envelope box) implements SpatialQuery {
    }

    /** Exactly one of the two parameters must be given; a malformed one is a 400 naming it. */
    static SpatialQuery of(String containing, String bbox) {
        if ((containing == null) == (bbox == null)) {
            throw badRequest("containing", "parcel.query.one-of");
        }
        if (containing != null) {
            double[] point = numbers(containing, 2, "containing", "parcel.query.point");
            if (!validLon(point[0]) || !validLat(point[1])) {
                throw badRequest("containing", "parcel.query.point", containing);
            }
            return new Containing(point[0], point[1]);
        }
        double[] box = numbers(bbox, 4, "bbox", "parcel.query.bbox");
        if (!validLon(box[0]) || !validLon(box[2]) || !validLat(box[1]) || !validLat(box[3])
                || box[0] > box[2] || box[1] > box[3]) {
            throw badRequest("bbox", "parcel.query.bbox", bbox);
        }
        return new Inside(new Envelope(box[0], box[2], box[1], box[3]));
    }

    private static double[] numbers(String text, int count, String field, String rule) {
        String[] parts = text.split(",", -1);
        if (parts.length != count) {
            throw badRequest(field, rule, text);
        }
        double[] numbers = new double[count];
        try {
            for (int i = 0; i < count; i++) {
                numbers[i] = Double.parseDouble(parts[i].strip());
            }
        } catch (NumberFormatException e) {
            throw badRequest(field, rule, text);
        }
        return numbers;
    }

    private static boolean validLon(double lon) {
        return lon >= -180 && lon <= 180;
    }

    private static boolean validLat(double lat) {
        return lat >= -90 && lat <= 90;
    }

    private static RuleViolationException badRequest(String field, String rule, Object... args) {
        return new RuleViolationException(HttpStatus.BAD_REQUEST, List.of(RuleViolation.of(field, rule, args)));
    }
}
