package network.ddd.search;

import network.ddd.directory.SupplierType;

/** One line of the autocomplete box. */
public record Suggestion(long id, String nameKo, String nameEn, SupplierType type, String district) {
}
