package network.ddd.search;

import network.ddd.directory.SupplierType;

/** What a user asks the directory: free text and facet filters, one page of the answer. */
public record SupplierQuery(String text, SupplierType type, String region, String district, int page, int size) {
    public static final int MAX_SIZE = 100;

    public SupplierQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        region = region == null || region.isBlank() ? null : region.strip();
        district = district == null || district.isBlank() ? null : district.strip();
        if (page < 0) {
            throw new InvalidQueryException("page", "error.query.page");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidQueryException("size", "error.query.size", MAX_SIZE);
        }
        if (text != null && text.length() > 200) {
            throw new InvalidQueryException("q", "error.query.tooLong", 200);
        }
    }
}
