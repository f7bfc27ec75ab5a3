package network.ddd.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import network.ddd.access.AccessDeniedException;
import network.ddd.identity.OrgRole;
import network.ddd.organisation.MemberView;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.organisation.OrganisationSummary;
import network.ddd.organisation.OrganisationVerification;
import network.ddd.organisation.OrganisationView;
import network.ddd.web.security.Caller;

/**
 * {@code admin/organisations.xhtml}: the operator's queue of organisations waiting for verification, longest
 * waiting first, with verify, or reject with a reason the firm will read. Everyone else gets a readable refusal:
 * {@link OrganisationVerification} checks the operator role itself.
 */
@Named
@ViewScoped
public class OrganisationsReview implements Serializable {
    private static final long serialVersionUID = 1L;
    static final int PAGE_SIZE = 50;

    @Inject
    OrganisationVerification verification;

    @Inject
    OrganisationQueries queries;

    @Inject
    Caller caller;

    /** One organisation in the queue (plain values: the view is kept). */
    public record Row(long id, String name, String kind, String brn, String registered, String owners,
                      Long supplierId) implements Serializable {
        static Row of(OrganisationView o) {
            return new Row(o.id(), o.name(), o.kind().name(), o.brn(), SeoulTime.minute(o.createdAt()),
                    o.members().stream().filter(m -> m.role() == OrgRole.OWNER)
                            .map(OrganisationsReview::who).collect(Collectors.joining(", ")),
                    o.supplierId());
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
            List<OrganisationSummary> pending = verification.pending(caller.actor(), PAGE_SIZE);
            rows = pending.stream().map(o -> Row.of(queries.find(caller.actor(), o.id()))).toList();
            refusal.clear();
        } catch (AccessDeniedException e) {
            rows = List.of();
            refusal.refuse(e);
        }
    }

    public void verify(long organisationId) {
        refusal.attempt(() -> {
            OrganisationView decided = verification.verify(caller.actor(), organisationId);
            PageMessages.info("verifications.verified", decided.name());
        });
        refresh();
    }

    public void reject(long organisationId) {
        refusal.attempt(() -> {
            OrganisationView decided = verification.reject(caller.actor(), organisationId,
                    reasons.get(organisationId));
            reasons.remove(organisationId);
            PageMessages.info("verifications.rejected", decided.name());
        });
        refresh();
    }

    private static String who(MemberView m) {
        return m.email() == null ? m.subject() : m.email();
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
