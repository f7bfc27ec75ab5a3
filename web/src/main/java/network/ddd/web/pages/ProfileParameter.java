package network.ddd.web.pages;

import java.util.Optional;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierNotFoundException;

/** The profile a page's {@code ?id=N} names (claim, edit): the page answers 404 for a malformed or unknown id. */
final class ProfileParameter {
    private ProfileParameter() {
    }

    /** @return the supplier, or empty after the response was completed as 404 */
    static Optional<SupplierDetails> supplierOrNotFound(SupplierDirectory directory, long supplierId) {
        try {
            if (supplierId > 0) {
                return Optional.of(directory.find(supplierId));
            }
        } catch (SupplierNotFoundException e) {
            // answered below
        }
        PageMessages.notFound();
        return Optional.empty();
    }
}
