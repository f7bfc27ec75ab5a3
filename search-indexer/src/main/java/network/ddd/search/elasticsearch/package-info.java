/**
 * The Elasticsearch adapter: implements the domain's {@link network.ddd.search.SupplierIndex} and
 * {@link network.ddd.search.SupplierSearch} ports with the official elasticsearch-java client. Nothing of
 * Elasticsearch leaves this package.
 *
 * <p>Korean is analysed here, not in the server (the server has no Korean analyser): {@link
 * network.ddd.search.elasticsearch.KoreanText} runs Lucene's Nori on documents and queries alike and stores the
 * tokens in whitespace-analysed fields. Readers use the alias {@code ddd-suppliers}; documents are written with
 * external versioning (the supplier's row version), so a stale delivery is refused by the server.
 */
package network.ddd.search.elasticsearch;
