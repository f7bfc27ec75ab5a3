/**
 * Onboarding of supplier lists: the KICOX FactoryOn register, Open Supply Hub lists, and our canonical CSV.
 *
 * <p>A file is read as CSV ({@link network.ddd.directory.importing.CsvReader}), each row is mapped by its
 * format's {@link network.ddd.directory.importing.RowMapper} to an accepted profile, a counted skip (e.g. a
 * non-textile sector) or a rejection naming row, column and reason. Accepted rows are written in small
 * transactions keyed by source + source id, so re-importing changes nothing, a changed row updates its supplier,
 * and a crash loses no committed row: running the import again finishes the job.
 */
package network.ddd.directory.importing;
