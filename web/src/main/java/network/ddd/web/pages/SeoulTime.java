package network.ddd.web.pages;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Instants as the pages show them: Seoul time, numbers only (the same in Korean and English); "" for none. */
final class SeoulTime {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SeoulTime() {
    }

    static String day(Instant at) {
        return at == null ? "" : DAY.format(at.atZone(SupplierView.SEOUL));
    }

    static String minute(Instant at) {
        return at == null ? "" : MINUTE.format(at.atZone(SupplierView.SEOUL));
    }

    static String second(Instant at) {
        return at == null ? "" : SECOND.format(at.atZone(SupplierView.SEOUL));
    }
}
