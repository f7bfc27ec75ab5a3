package network.ddd.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.Action;
import network.ddd.access.ResourceKind;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.identity.Actor;
import network.ddd.organisation.DecisionReason;

/**
 * A firm's claim that an imported supplier profile is its own: the aggregate root of the claim component.
 *
 * <p>Rules of submission ({@link #submit}): the claimant is signed in; the typed business registration number
 * passes its check digit (it is a {@link BusinessRegistrationNumber}) and, <strong>when the profile has a
 * number</strong>, equals it. When the profile has none (many imported lists carry no number), nothing can be
 * compared: the operator decides on the evidence document alone and should compare it with the typed number.
 *
 * <p>State machine: SUBMITTED → APPROVED | REJECTED (with a reason), decided once, by the operator only; every
 * other transition is refused with {@link ClaimConflictException}. One open claim per profile and claimant
 * organisation is enforced by the service and a partial unique index.
 */
@Entity
@Table(name = "claim")
@NamedQuery(name = Claim.OPEN_FOR, query = "select c from Claim c where c.supplierId = :supplierId"
        + " and c.organisationId = :organisationId and c.status = network.ddd.claim.ClaimStatus.SUBMITTED")
@NamedQuery(name = Claim.WITH_STATUS, query = "select c from Claim c where c.status = :status"
        + " order by c.submittedAt, c.id")
@NamedQuery(name = Claim.COUNT_WITH_STATUS, query = "select count(c) from Claim c where c.status = :status")
@NamedQuery(name = Claim.OF_ORGANISATIONS, query = "select c from Claim c where c.organisationId in :ids"
        + " order by c.submittedAt desc, c.id desc")
public class Claim {
    public static final String OPEN_FOR = "Claim.openFor";
    public static final String WITH_STATUS = "Claim.withStatus";
    public static final String COUNT_WITH_STATUS = "Claim.countWithStatus";
    public static final String OF_ORGANISATIONS = "Claim.ofOrganisations";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private long supplierId;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "claimant_subject", nullable = false, updatable = false)
    private String claimantSubject;

    @Column(name = "claimant_email", updatable = false)
    private String claimantEmail;

    @Column(name = "brn", nullable = false, updatable = false)
    private String brn;

    /** Whether the profile carried a number the typed one was compared with (if not, evidence alone decides). */
    @Column(name = "brn_matched_profile", nullable = false, updatable = false)
    private boolean brnMatchedProfile;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private ClaimStatus status;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    protected Claim() {
        // for JPA
    }

    private Claim(long supplierId, long organisationId, Actor claimant, BusinessRegistrationNumber typed,
                  boolean matchedProfile, Instant now) {
        this.supplierId = supplierId;
        this.organisationId = organisationId;
        this.claimantSubject = claimant.subject();
        this.claimantEmail = claimant.email();
        this.brn = typed.digits();
        this.brnMatchedProfile = matchedProfile;
        this.status = ClaimStatus.SUBMITTED;
        this.submittedAt = Objects.requireNonNull(now, "now");
    }

    /**
     * A claim on a profile.
     *
     * @param profileBrn the profile's registration number, {@code null} when the directory has none
     * @param typed      the number the claimant typed, already check-digit validated
     * @throws network.ddd.access.NotSignedInException nobody signed in
     * @throws BrnMismatchException the profile has a number and the typed one differs
     */
    public static Claim submit(long supplierId, BusinessRegistrationNumber profileBrn, long organisationId,
                               Actor claimant, BusinessRegistrationNumber typed, Instant now) {
        if (!claimant.isSignedIn()) {
            throw new network.ddd.access.NotSignedInException(Action.CLAIM, ResourceKind.SUPPLIER_PROFILE);
        }
        Objects.requireNonNull(typed, "typed");
        if (profileBrn != null && !profileBrn.equals(typed)) {
            throw new BrnMismatchException();
        }
        return new Claim(supplierId, organisationId, claimant, typed, profileBrn != null, now);
    }

    /** The operator approves: the claimant's organisation will own the profile. */
    public void approve(Actor operator, Instant now) {
        decide(operator, ClaimStatus.APPROVED, null, now);
    }

    /** The operator rejects, with a reason the claimant will read. */
    public void reject(Actor operator, DecisionReason reason, Instant now) {
        decide(operator, ClaimStatus.REJECTED, Objects.requireNonNull(reason, "reason").text(), now);
    }

    private void decide(Actor operator, ClaimStatus outcome, String reason, Instant now) {
        if (!operator.isOperator()) {
            throw new AccessDeniedException(Action.DECIDE, ResourceKind.CLAIM);
        }
        if (!status.isOpen()) {
            throw new ClaimConflictException(ClaimConflictException.ALREADY_DECIDED, status.name());
        }
        status = outcome;
        rejectionReason = reason;
        decidedBy = operator.subject();
        decidedAt = Objects.requireNonNull(now, "now");
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public long supplierId() {
        return supplierId;
    }

    public long organisationId() {
        return organisationId;
    }

    public String claimantSubject() {
        return claimantSubject;
    }

    public String claimantEmail() {
        return claimantEmail;
    }

    public BusinessRegistrationNumber brn() {
        return new BusinessRegistrationNumber(brn);
    }

    public boolean brnMatchedProfile() {
        return brnMatchedProfile;
    }

    public ClaimStatus status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    /** A claim is one claimant's submission at one instant on one profile for one organisation. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Claim that && supplierId == that.supplierId && organisationId == that.organisationId
                && claimantSubject.equals(that.claimantSubject) && submittedAt.equals(that.submittedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(supplierId, organisationId, claimantSubject, submittedAt);
    }

    @Override
    public String toString() {
        return "Claim[" + id + " supplier " + supplierId + " by org " + organisationId + " " + status + "]";
    }
}
