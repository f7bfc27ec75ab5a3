/**
 * Search, as the domain sees it: the ports {@link network.ddd.search.SupplierSearch} (queries) and
 * {@link network.ddd.search.SupplierIndex} (writes) that the {@code search-indexer} module implements, and the
 * transactional outbox that carries every supplier change to the index.
 *
 * <p>Invariants: a supplier write and its outbox row commit together; the relay claims rows with
 * {@code FOR UPDATE SKIP LOCKED}, so any number of app instances can relay at once without double or lost
 * delivery; documents carry the supplier's row version and the index refuses older versions, so a late or
 * repeated delivery never overwrites newer data. No state lives only in one JVM.
 */
package network.ddd.search;
