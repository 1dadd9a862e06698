package org.yiwang.registry.internal.geo;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The parcel table. Spatial questions are answered here only as far as bounding boxes go. */
@Repository
class ParcelRepository {

    private static final String SELECT = """
            select p.code, p.holder_kind, p.holder_id, p.land_use,
                   case when :english then u.name_en else u.name_zh end as land_use_name,
                   p.area, p.division_code, p.boundary, p.updated_at
              from registry.parcel p join registry.land_use u on u.code = p.land_use
            """;

    private final JdbcClient jdbc;

    ParcelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<String> landUseCodes() {
        return jdbc.sql("select code from registry.land_use").query(String.class).stream().collect(Collectors.toSet());
    }

    /** Whether the population or legal-entity register holds the right holder with this id. */
    boolean holderExists(HolderKind kind, long id) {
        String table = kind == HolderKind.PERSON ? "registry.person" : "registry.legal_entity";
        return jdbc.sql("select exists (select 1 from " + table + " where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    /** Inserts the parcel or replaces the one with the same code; false when the stored parcel was already identical. */
    boolean save(ValidParcel parcel) {
        Envelope box = parcel.boundary().envelope();
        return jdbc.sql("""
                        insert into registry.parcel (code, holder_kind, holder_id, land_use, area, division_code, boundary,
                                                     min_lon, min_lat, max_lon, max_lat)
                        values (:code, :kind, :holder, :use, :area, :division, :boundary, :minLon, :minLat, :maxLon, :maxLat)
                        on conflict (code) do update
                           set holder_kind = excluded.holder_kind, holder_id = excluded.holder_id,
                               land_use = excluded.land_use, area = excluded.area,
                               division_code = excluded.division_code, boundary = excluded.boundary,
                               min_lon = excluded.min_lon, min_lat = excluded.min_lat,
                               max_lon = excluded.max_lon, max_lat = excluded.max_lat, updated_at = now()
                         where (parcel.holder_kind, parcel.holder_id, parcel.land_use, parcel.area,
                                parcel.division_code, parcel.boundary)
                               is distinct from
                               (excluded.holder_kind, excluded.holder_id, excluded.land_use, excluded.area,
                                excluded.division_code, excluded.boundary)
                        """)
                .param("code", parcel.code())
                .param("kind", parcel.holderKind().name())
                .param("holder", parcel.holderId())
                .param("use", parcel.landUse())
                .param("area", parcel.area())
                .param("division", parcel.divisionCode())
                .param("boundary", parcel.boundary().geoJson())
                .param("minLon", box.getMinX()).param("minLat", box.getMinY())
                .param("maxLon", box.getMaxX()).param("maxLat", box.getMaxY())
                .update() > 0;
    }

    Optional<Parcel> find(String code, Locale locale) {
        return jdbc.sql(SELECT + " where p.code = :code")
                .param("english", english(locale)).param("code", code)
                .query(ParcelRepository::parcel).optional();
    }

    /** Parcels whose bounding box holds the point: the candidates for an exact point-in-polygon test. */
    List<Parcel> boxesContaining(double lon, double lat, int limit, Locale locale) {
        return jdbc.sql(SELECT + """
                         where p.min_lon <= :lon and p.max_lon >= :lon and p.min_lat <= :lat and p.max_lat >= :lat
                         order by p.code limit :limit
                        """)
                .param("english", english(locale)).param("lon", lon).param("lat", lat).param("limit", limit)
                .query(ParcelRepository::parcel).list();
    }

    /** Parcels lying wholly inside the box; for a rectangle, the parcel's own bounding box decides this exactly. */
    List<Parcel> inside(Envelope box, int limit, Locale locale) {
        return jdbc.sql(SELECT + """
                         where p.min_lon >= :minLon and p.max_lon <= :maxLon
                           and p.min_lat >= :minLat and p.max_lat <= :maxLat
                         order by p.code limit :limit
                        """)
                .param("english", english(locale))
                .param("minLon", box.getMinX()).param("minLat", box.getMinY())
                .param("maxLon", box.getMaxX()).param("maxLat", box.getMaxY())
                .param("limit", limit)
                .query(ParcelRepository::parcel).list();
    }

    private static boolean english(Locale locale) {
        return "en".equals(locale.getLanguage());
    }

    private static Parcel parcel(ResultSet rs, int row) throws SQLException {
        return new Parcel(rs.getString("code"), HolderKind.valueOf(rs.getString("holder_kind")), rs.getLong("holder_id"),
                rs.getString("land_use"), rs.getString("land_use_name"), rs.getBigDecimal("area"),
                rs.getString("division_code"), rs.getString("boundary"),
                rs.getTimestamp("updated_at").toInstant());
    }
}
