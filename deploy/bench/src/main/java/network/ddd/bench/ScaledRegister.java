package network.ddd.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.Places;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;

/**
 * Scales the real register up to any size by sampling and recombining its real values, with a fixed seed (the same
 * data set every run): a name is a real legal form around the front of one real name and the end of another (names
 * kept distinct where the parts allow); the type and registered process come from one real row (the register's
 * KSIC → type distribution), the products from another real row of that type; the district from the register's
 * district distribution and a real road address of that district with another building number; the workforce from
 * a real row; the position is the district's centre (as the app places a supplier without coordinates) moved by
 * up to 3 km in a random direction.
 */
final class ScaledRegister {
    static final String REGION = "대구광역시";
    static final double JITTER_KM = 3.0;

    private ScaledRegister() {
    }

    /** Progress of generation. */
    interface Progress {
        void generated(int done, int total);
    }

    static List<BenchSupplier> generate(RealRegister real, int count, long seed, Progress progress) {
        Random random = new Random(seed);
        List<BenchSupplier> suppliers = new ArrayList<>(count);
        Set<String> names = new HashSet<>(count * 2);
        for (int i = 1; i <= count; i++) {
            String start = null;
            String name = null;
            for (int attempt = 0; attempt < 30; attempt++) {
                RealRegister.LegalForm form = pick(real.legalForms, random);
                start = pick(real.nameStarts, random);
                RealRegister.NameEnd end = pick(real.nameEnds, random);
                String core = end.word().isEmpty() ? start : start + end.joiner() + end.word();
                name = (form.prefix() + core + form.suffix()).strip();
                if (names.add(name)) {
                    break;
                }
            }
            RealRegister.Sector sector = pick(real.sectors, random);
            List<String> products = pick(real.productsByType.get(sector.type()), random);
            String district = pick(real.districts, random);
            List<String> addresses = real.addressesByDistrict.get(district);
            String address = addresses == null ? null : RealRegister.renumbered(pick(addresses, random), random);
            Workforce workforce = pick(real.workforces, random);
            GeoPoint centre = Places.centreOf(REGION, district).or(() -> Places.centreOf(REGION, null))
                    .orElseThrow(() -> new IllegalStateException("no centre known for " + REGION));
            GeoPoint at = jitter(centre, random);
            suppliers.add(new BenchSupplier(String.format("b%06d", i), name, start, sector.type(),
                    sector.process() == null ? List.of() : List.of(sector.process()), products, workforce.count(),
                    workforce.band(), REGION, district, address, at.latitude(), at.longitude()));
            if (i % 10_000 == 0 || i == count) {
                progress.generated(i, count);
            }
        }
        return suppliers;
    }

    static int distinctNames(List<BenchSupplier> suppliers) {
        return (int) suppliers.stream().map(BenchSupplier::nameKo).distinct().count();
    }

    /** Uniform in a disc of {@link #JITTER_KM} around the centre, rounded to ~1 m. */
    private static GeoPoint jitter(GeoPoint centre, Random random) {
        double r = JITTER_KM * Math.sqrt(random.nextDouble());
        double angle = 2 * Math.PI * random.nextDouble();
        double lat = centre.latitude() + r * Math.cos(angle) / 111.0;
        double lng = centre.longitude() + r * Math.sin(angle) / (111.0 * Math.cos(Math.toRadians(centre.latitude())));
        return new GeoPoint(Math.round(lat * 1e5) / 1e5, Math.round(lng * 1e5) / 1e5);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
