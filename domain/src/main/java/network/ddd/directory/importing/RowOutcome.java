package network.ddd.directory.importing;

import network.ddd.directory.SourceRef;
import network.ddd.directory.SupplierProfile;

/** What a format made of one row. */
public sealed interface RowOutcome {
    /** A valid supplier to create or update. */
    record Accepted(SourceRef origin, SupplierProfile profile) implements RowOutcome {
    }

    /** Not for this directory (e.g. a non-textile sector): counted by reason, not an error. */
    record Skipped(String reasonKey) implements RowOutcome {
    }
}
