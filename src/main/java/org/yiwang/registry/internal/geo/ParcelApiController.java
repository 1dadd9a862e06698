package org.yiwang.registry.internal.geo;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Parcels for staff: by code, those covering a point, those inside a box; keepers record them. */
@RestController
@RequestMapping("/api/v1/registry/parcels")
class ParcelApiController {

    private final ParcelRegister register;

    ParcelApiController(ParcelRegister register) {
        this.register = register;
    }

    /** A parcel as a keeper submits it; the code comes from the path. */
    record ParcelRequest(String holderKind, String holderId, String landUse, String area, String divisionCode,
            JsonNode boundary) {
    }

    record RecordAnswer(String code, boolean changed) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('registry:parcel:read')")
    ParcelRegister.Found search(@RequestParam(required = false) String containing,
            @RequestParam(required = false) String bbox, Locale locale) {
        SpatialQuery query = SpatialQuery.of(containing, bbox);
        if (query instanceof SpatialQuery.Containing point) {
            return register.containing(point.lon(), point.lat(), locale);
        }
        return register.inside(((SpatialQuery.Inside) query).box(), locale);
    }

    @GetMapping("/{code}")
    @PreAuthorize("hasAuthority('registry:parcel:read')")
    Parcel find(@PathVariable String code, Locale locale) {
        return register.find(code, locale).orElseThrow(() -> new ParcelNotFound(code));
    }

    @PutMapping("/{code}")
    @PreAuthorize("hasAuthority('registry:parcel:manage')")
    ResponseEntity<RecordAnswer> record(@PathVariable String code, @RequestBody ParcelRequest request) {
        String boundary = request.boundary() == null || request.boundary().isNull() ? null : request.boundary().toString();
        boolean changed = register.record(new ParcelDraft(code, request.holderKind(), request.holderId(),
                request.landUse(), request.area(), request.divisionCode(), boundary));
        return ResponseEntity.ok(new RecordAnswer(code, changed));
    }
}
