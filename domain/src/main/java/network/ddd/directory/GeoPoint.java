package network.ddd.directory;

/** WGS84 coordinates, as the sources give them. */
public record GeoPoint(double latitude, double longitude) {
    public GeoPoint {
        if (!(latitude >= -90 && latitude <= 90)) {
            throw new InvalidSupplierException("lat", "error.geo.latitude", latitude);
        }
        if (!(longitude >= -180 && longitude <= 180)) {
            throw new InvalidSupplierException("lng", "error.geo.longitude", longitude);
        }
    }

    /** Both or neither: a lone coordinate is an error. */
    public static GeoPoint ofNullable(Double latitude, Double longitude) {
        if (latitude == null && longitude == null) {
            return null;
        }
        if (latitude == null || longitude == null) {
            throw new InvalidSupplierException(latitude == null ? "lat" : "lng", "error.geo.incomplete");
        }
        return new GeoPoint(latitude, longitude);
    }
}
