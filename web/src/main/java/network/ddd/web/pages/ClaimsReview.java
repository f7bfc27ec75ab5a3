package network.ddd.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import network.ddd.access.AccessDeniedException;
import network.ddd.claim.ClaimDecisions;
import network.ddd.claim.ClaimQueries;
import network.ddd.claim.ClaimView;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.web.security.Caller;

/**
 * {@code admin/claims.xhtml}: the operator's queue of submitted claims, oldest first, with the evidence to
 * download, and approve or reject (with a reason the firm will read). Everyone else gets a readable refusal:
 * {@link ClaimQueries#pending} and {@link ClaimDecisions} check the operator role themselves.
 */
@Named
@ViewScoped
public class ClaimsReview implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    ClaimQueries queries;

    @Inject
    ClaimDecisions decisions;

    @Inject
    SupplierDirectory directory;

    @Inject
    Caller caller;

    /** One claim in the queue with the name of the profile it is for (plain values: the view is kept). */
    public record Row(long id, long supplierId, String supplierName, String brn, boolean brnMatched,
                      String submitted) implements Serializable {
        static Row of(ClaimView c, String supplierName) {
            return new Row(c.id(), c.supplierId(), supplierName, c.brn(), c.brnMatchedProfile(),
                    SeoulTime.minute(c.submittedAt()));
        }
    }

    private List<Row> rows = List.of();
    private final Map<Long, String> reasons = new HashMap<>();
    private final Refusal refusal = new Refusal();

    public void load() {
        if (!PageMessages.postback()) {
            refresh();
        }
    }

    private void refresh() {
        try {
            rows = queries.pending(caller.actor(), 1, PAGE_SIZE).stream()
                    .map(c -> Row.of(c, supplierName(c.supplierId()))).toList();
            refusal.clear();
        } catch (AccessDeniedException e) {
            rows = List.of();
            refusal.refuse(e);
        }
    }

    public void approve(long claimId) {
        refusal.attempt(() -> {
            decisions.approve(caller.actor(), claimId);
            PageMessages.info("claims.approved", nameOf(claimId));
        });
        refresh();
    }

    public void reject(long claimId) {
        refusal.attempt(() -> {
            decisions.reject(caller.actor(), claimId, reasons.get(claimId));
            reasons.remove(claimId);
            PageMessages.info("claims.rejected", nameOf(claimId));
        });
        refresh();
    }

    private String nameOf(long claimId) {
        return rows.stream().filter(r -> r.id() == claimId).map(Row::supplierName).findFirst()
                .orElse(String.valueOf(claimId));
    }

    private String supplierName(long supplierId) {
        try {
            return directory.find(supplierId).profile().displayName();
        } catch (SupplierNotFoundException e) {
            return "#" + supplierId;
        }
    }


    public List<Row> getRows() {
        return rows;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }

    public Refusal getRefusal() {
        return refusal;
    }
}
