package org.yiwang.registry.internal.geo;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yiwang.audit.AuditOutcome;
import org.yiwang.audit.AuditTrail;
import org.yiwang.organization.OrganizationDirectory;

/** The natural resources and geospatial register: parcels recorded by its keepers, found by code, point or box. */
@Service
class ParcelRegister {

    /** At most this many parcels answer one spatial query; the answer says when there were more. */
    static final int MAX_ANSWER = 500;

    private final ParcelRepository parcels;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    ParcelRegister(ParcelRepository parcels, OrganizationDirectory directory, AuditTrail audit) {
        this.parcels = parcels;
        this.directory = directory;
        this.audit = audit;
    }

    record Found(List<Parcel> parcels, boolean truncated) {
    }

    ParcelRules rules() {
        return new ParcelRules(parcels.landUseCodes(), code -> directory.division(code).isPresent(), parcels::holderExists);
    }

    /** Records the parcel, or replaces the one with its code; recording the same parcel twice changes nothing. */
    @Transactional
    boolean record(ParcelDraft draft) {
        ValidParcel parcel = rules().check(draft);
        boolean changed = parcels.save(parcel);
        if (changed) {
            audit.record("registry.parcel.record", "parcel:" + parcel.code(), AuditOutcome.SUCCESS,
                    parcel.divisionCode() + " " + parcel.landUse());
        }
        return changed;
    }

    Optional<Parcel> find(String code, Locale locale) {
        return parcels.find(code, locale);
    }

    /** Parcels whose boundary covers the point: a bounding-box prefilter in SQL, then the exact test with JTS. */
    Found containing(double lon, double lat, Locale locale) {
        List<Parcel> candidates = parcels.boxesContaining(lon, lat, MAX_ANSWER * 4, locale);
        List<Parcel> hits = candidates.stream().filter(p -> p.geometry().covers(lon, lat)).toList();
        boolean truncated = hits.size() > MAX_ANSWER || candidates.size() == MAX_ANSWER * 4;
        return new Found(hits.stream().limit(MAX_ANSWER).toList(), truncated);
    }

    Found inside(Envelope box, Locale locale) {
        List<Parcel> found = parcels.inside(box, MAX_ANSWER + 1, locale);
        return new Found(found.stream().limit(MAX_ANSWER).toList(), found.size() > MAX_ANSWER);
    }
}
