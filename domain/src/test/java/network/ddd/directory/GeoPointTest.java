package network.ddd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoPointTest {

    @ParameterizedTest(name = "({0}, {1})")
    @CsvSource({"-90, -180", "90, 180", "0, 0", "35.8714, 128.6014", "-33.8688, 151.2093"})
    void coordinatesWithinTheWgs84RangesAreAccepted(double latitude, double longitude) {
        GeoPoint point = new GeoPoint(latitude, longitude);

        assertThat(point.latitude()).isEqualTo(latitude);
        assertThat(point.longitude()).isEqualTo(longitude);
    }

    @ParameterizedTest(name = "({0}, {1}) → {2}")
    @CsvSource({
            "90.0001, 0, lat",
            "-91, 0, lat",
            "NaN, 0, lat",
            "Infinity, 0, lat",
            "0, 180.5, lng",
            "0, -181, lng",
            "0, NaN, lng",
            "0, -Infinity, lng",
            "128.6, 35.87, lat",
    })
    void coordinatesOutOfRangeNameTheOffendingAxis(double latitude, double longitude, String field) {
        assertThatThrownBy(() -> new GeoPoint(latitude, longitude))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void noCoordinatesMeansNoLocation() {
        assertThat(GeoPoint.ofNullable(null, null)).isNull();
        assertThat(GeoPoint.ofNullable(35.87, 128.6)).isEqualTo(new GeoPoint(35.87, 128.6));
    }

    @ParameterizedTest(name = "lat={0}, lng={1} → missing {2}")
    @CsvSource({"35.87, , lng", ", 128.6, lat"})
    void aLoneCoordinateIsAnError(Double latitude, Double longitude, String missing) {
        assertThatThrownBy(() -> GeoPoint.ofNullable(latitude, longitude))
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo(missing);
                    assertThat(e.messageKey()).isEqualTo("error.geo.incomplete");
                });
    }
}
