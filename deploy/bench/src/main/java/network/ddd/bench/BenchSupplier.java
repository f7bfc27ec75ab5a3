package network.ddd.bench;

import java.util.List;
import network.ddd.directory.SupplierType;

/** One supplier of the scaled data set, as loaded into the {@code supplier} table (source {@code bench}). */
record BenchSupplier(String sourceId, String nameKo, String nameStart, SupplierType type, List<String> processes,
                     List<String> products, Integer workersCount, String workersBand, String region, String district,
                     String roadAddress, double latitude, double longitude) {
    static final String SOURCE = "bench";
}
