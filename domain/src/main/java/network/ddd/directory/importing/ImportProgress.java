package network.ddd.directory.importing;

/** Receives progress while an import runs (about once a second) so long imports show where they are. */
@FunctionalInterface
public interface ImportProgress {
    ImportProgress NONE = (rows, bytes) -> { };

    void update(long rowsRead, long bytesRead);
}
