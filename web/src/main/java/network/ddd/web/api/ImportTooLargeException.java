package network.ddd.web.api;

import network.ddd.platform.DomainException;

/** An uploaded list is larger than the configured import limit ({@code ddd.import.max-bytes}); nothing was stored. */
public class ImportTooLargeException extends DomainException {
    public ImportTooLargeException(long limitBytes) {
        super("error.import.tooLarge", megabytes(limitBytes), limitBytes);
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? Long.toString((long) mb) : String.format(java.util.Locale.ROOT, "%.1f", mb);
    }
}
