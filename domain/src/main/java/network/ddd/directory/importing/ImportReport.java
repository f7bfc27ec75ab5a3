package network.ddd.directory.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What an import did: counts per outcome, skip reasons, and one entry per rejected row. */
public final class ImportReport {
    /** A rejected row: its number in the file (header = row 1), the column at fault, and why. */
    public record RowError(long row, String column, String messageKey, List<Object> args) {
    }

    private final ImportFormat format;
    private long rowsRead;
    private long created;
    private long updated;
    private long unchanged;
    private long kept;
    private final Map<String, Long> skipped = new TreeMap<>();
    private final List<RowError> rejected = new ArrayList<>();

    ImportReport(ImportFormat format) {
        this.format = format;
    }

    void read() {
        rowsRead++;
    }

    void created(long n) {
        created += n;
    }

    void updated(long n) {
        updated += n;
    }

    void unchanged(long n) {
        unchanged += n;
    }

    void kept(long n) {
        kept += n;
    }

    void skipped(String reasonKey) {
        skipped.merge(reasonKey, 1L, Long::sum);
    }

    void rejected(RowError error) {
        rejected.add(error);
    }

    public ImportFormat format() {
        return format;
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long created() {
        return created;
    }

    public long updated() {
        return updated;
    }

    public long unchanged() {
        return unchanged;
    }

    /** Rows of profiles their firm maintains on the platform: not applied (see {@code Supplier#reviseFromSource}). */
    public long kept() {
        return kept;
    }

    public long skippedTotal() {
        return skipped.values().stream().mapToLong(Long::longValue).sum();
    }

    public Map<String, Long> skipped() {
        return Collections.unmodifiableMap(skipped);
    }

    public List<RowError> rejected() {
        return Collections.unmodifiableList(rejected);
    }
}
