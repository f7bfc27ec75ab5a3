/**
 * The supplier directory: every mill, dye house, knitter and sewing workshop of the network.
 *
 * <p>{@link network.ddd.directory.Supplier} is the aggregate root. Its descriptive data travels as the
 * immutable {@link network.ddd.directory.SupplierProfile}, validated when it is built, so a supplier can never
 * hold an invalid profile. A supplier is identified in the business by where it came from
 * ({@link network.ddd.directory.SourceRef}: data source + the source's own id), which makes imports idempotent.
 *
 * <p>Not here: Elasticsearch (the {@code search-indexer} module implements {@link network.ddd.search} ports),
 * HTTP and pages ({@code web}).
 */
package network.ddd.directory;
