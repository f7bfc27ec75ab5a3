package network.ddd.search;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One pending delivery to the search index: "supplier N changed". The relay reads the supplier's current state
 * when it delivers, so many rows for one supplier collapse into one document write.
 */
@Entity
@Table(name = "search_outbox")
public class SearchOutbox {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private long supplierId;

    protected SearchOutbox() {
        // for JPA
    }

    public SearchOutbox(long supplierId) {
        this.supplierId = supplierId;
    }

    public long supplierId() {
        return supplierId;
    }
}
