package network.ddd.directory;

import static network.ddd.directory.Texts.clean;

/**
 * Where a supplier's record came from: the data source (kicox, osh, osh-list, ddd, web…) and that source's own
 * id. Unique in the directory, it makes re-importing a file idempotent.
 */
public record SourceRef(String source, String sourceId) {
    public SourceRef {
        source = clean(source);
        sourceId = clean(sourceId);
        if (source == null || !source.matches("[a-z0-9][a-z0-9._-]{0,63}")) {
            throw new InvalidSupplierException("source", "error.source.invalid", String.valueOf(source));
        }
        if (sourceId == null || sourceId.length() > 200) {
            throw new InvalidSupplierException("source_id", "error.sourceId.invalid");
        }
    }
}
