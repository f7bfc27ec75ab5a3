package network.ddd.directory.importing;

/**
 * Maps one row of a source format to an outcome. Throws {@link network.ddd.directory.InvalidSupplierException}
 * (naming the column) for a bad row.
 */
public interface RowMapper {
    RowOutcome map(Row row);
}
