package network.ddd.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Named places buyers search near (동대문, 창신동, 대구 서구 …) with approximate centroids, from
 * {@code places.csv}. Also places a supplier whose source gives only its region and district.
 */
public final class Places {
    /** A named place. */
    public record Place(String name, String region, String district, GeoPoint centre) {
    }

    private static final Map<String, Place> BY_NAME = new HashMap<>();
    private static final Map<String, Place> BY_DISTRICT = new HashMap<>();
    private static final List<Place> ALL = new ArrayList<>();

    static {
        try (InputStream in = Places.class.getResourceAsStream("places.csv")) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                Place place = new Place(f[0], f[2], f[3].isEmpty() ? null : f[3],
                        new GeoPoint(Double.parseDouble(f[4]), Double.parseDouble(f[5])));
                ALL.add(place);
                BY_NAME.put(key(f[0]), place);
                BY_NAME.putIfAbsent(key(f[0].replaceAll("\\(.*\\)", "")), place);
                for (String alias : f[1].split("\\|")) {
                    if (!alias.isBlank()) {
                        BY_NAME.put(key(alias), place);
                    }
                }
                if (place.district() != null && f[0].replaceAll("\\(.*\\)", "").equals(place.district())) {
                    BY_DISTRICT.putIfAbsent(place.region() + "|" + place.district(), place);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Places() {
    }

    private static String key(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("[\\s\\-]", "");
    }

    /** The place a buyer named ("창신동", "Dongdaemun", "대구 서구"), if known. */
    public static Optional<Place> named(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        Place place = BY_NAME.get(key(name));
        if (place == null) {
            String[] words = name.strip().split("\\s+");
            if (words.length == 2) {
                place = BY_DISTRICT.get(regionOf(words[0]) + "|" + words[1]);
            }
        }
        return Optional.ofNullable(place);
    }

    /** The centroid of a supplier's district (or region) when the source gave no coordinates. */
    public static Optional<GeoPoint> centreOf(String region, String district) {
        if (region == null) {
            return Optional.empty();
        }
        Place place = district == null ? null : BY_DISTRICT.get(region + "|" + district);
        if (place == null) {
            place = BY_NAME.get(key(region));
        }
        return Optional.ofNullable(place).map(Place::centre);
    }

    public static List<Place> all() {
        return List.copyOf(ALL);
    }

    private static String regionOf(String word) {
        Place region = BY_NAME.get(key(word));
        return region == null ? word : region.region();
    }

    /** Great-circle distance in kilometres. */
    public static double distanceKm(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLng = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(a.latitude()))
                * Math.cos(Math.toRadians(b.latitude())) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
    }
}
