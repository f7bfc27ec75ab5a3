package network.ddd.organisation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.Action;
import network.ddd.access.ResourceKind;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.Texts;
import network.ddd.identity.Actor;
import network.ddd.identity.OrgRole;

/**
 * A firm on the network — designer brand, wholesaler or supplier — with its members: the aggregate root of the
 * organisation component. Its business identity is its business registration number.
 *
 * <p>Invariants, held by every method whoever calls it:
 * <ul>
 *   <li>at least one owner, always; a member appears once;</li>
 *   <li>only an owner of this organisation or the operator invites, removes and changes roles;</li>
 *   <li>only the operator decides verification, from UNVERIFIED or PENDING, a rejection with a reason
 *       ({@link VerificationStatus});</li>
 *   <li>it owns at most one supplier profile, and only when it is of the supplier kind.</li>
 * </ul>
 * Every change touches {@code updatedAt}, so the root's version moves and concurrent member changes conflict.
 */
@Entity
@Table(name = "organisation")
@NamedQuery(name = Organisation.OF_MEMBER, query = "select distinct o from Organisation o join o.members m"
        + " where m.subject = :subject order by o.name")
@NamedQuery(name = Organisation.BY_SUPPLIER, query = "select o from Organisation o where o.supplierId = :supplierId")
@NamedQuery(name = Organisation.BY_BRN, query = "select o from Organisation o where o.brn = :brn")
@NamedQuery(name = Organisation.WITH_STATUS, query = "select o from Organisation o"
        + " where o.verificationStatus = :status order by o.updatedAt, o.id")
@NamedQuery(name = Organisation.ROLES_OF, query = "select m.organisation.id, m.role from Membership m"
        + " where m.subject = :subject")
public class Organisation {
    public static final String OF_MEMBER = "Organisation.ofMember";
    public static final String BY_SUPPLIER = "Organisation.bySupplier";
    public static final String BY_BRN = "Organisation.byBrn";
    public static final String WITH_STATUS = "Organisation.withStatus";
    public static final String ROLES_OF = "Organisation.rolesOf";
    public static final int MAX_NAME = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private OrganisationKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "brn", nullable = false, updatable = false)
    private String brn;

    @Enumerated(EnumType.STRING)
    @Column(name = "verification_status", nullable = false)
    private VerificationStatus verificationStatus;

    @Column(name = "verification_decided_by")
    private String verificationDecidedBy;

    @Column(name = "verification_decided_at")
    private Instant verificationDecidedAt;

    @Column(name = "verification_reason")
    private String verificationReason;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("since")
    private List<Membership> members = new ArrayList<>();

    protected Organisation() {
        // for JPA
    }

    private Organisation(OrganisationKind kind, String name, BusinessRegistrationNumber brn, Actor founder,
                         Instant now) {
        if (!founder.isSignedIn()) {
            throw new IllegalArgumentException("An organisation is founded by a signed-in user");
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = cleanName(name);
        this.brn = Objects.requireNonNull(brn, "brn").digits();
        this.verificationStatus = VerificationStatus.UNVERIFIED;
        this.createdAt = Objects.requireNonNull(now, "now");
        this.updatedAt = now;
        members.add(new Membership(this, founder.subject(), founder.email(), OrgRole.OWNER, now));
    }

    /** A new, unverified organisation with its founder as the only owner. */
    public static Organisation found(OrganisationKind kind, String name, BusinessRegistrationNumber brn,
                                     Actor founder, Instant now) {
        return new Organisation(kind, name, brn, founder, now);
    }

    private static String cleanName(String name) {
        String cleaned = Texts.clean(name);
        if (cleaned == null || cleaned.isEmpty()) {
            throw new InvalidOrganisationException("name", "error.organisation.nameMissing");
        }
        if (cleaned.length() > MAX_NAME) {
            throw new InvalidOrganisationException("name", "error.organisation.nameTooLong", MAX_NAME);
        }
        return cleaned;
    }

    // ---- members

    /**
     * Invites an e-mail address to join with a role.
     *
     * @throws AccessDeniedException          the actor is neither an owner nor the operator
     * @throws OrganisationConflictException  a member already has that e-mail address
     */
    public Invitation.Issued invite(Actor by, EmailAddress email, OrgRole role, Instant now, Duration validFor) {
        requireOwnerOrOperator(by, Action.INVITE_MEMBER);
        if (members.stream().anyMatch(m -> email.value().equals(m.email()))) {
            throw new OrganisationConflictException(OrganisationConflictException.ALREADY_MEMBER);
        }
        if (id == null) {
            throw new IllegalStateException("Store the organisation before inviting");
        }
        touch(now);
        return Invitation.issue(id, email, role, by, now, validFor);
    }

    /**
     * Whether the user is a member through this very invitation: they joined when they signed in (an invitation to
     * their verified address), or they follow the link a second time. Accepting it again is then no error.
     */
    public boolean joinedThrough(Invitation invitation, String subject) {
        return id != null && invitation.organisationId() == id && invitation.wasAcceptedBy(subject)
                && isMember(subject);
    }

    /**
     * The invited user joins: the invitation is used up and the user becomes a member with the invited role.
     *
     * @throws InvitationException           used, expired, or for another e-mail address
     * @throws OrganisationConflictException the user is already a member
     */
    public Membership join(Invitation invitation, Actor invitee, Instant now) {
        if (id == null || invitation.organisationId() != id) {
            throw new IllegalArgumentException("The invitation is for another organisation");
        }
        if (member(invitee.subject()).isPresent()) {
            throw new OrganisationConflictException(OrganisationConflictException.ALREADY_MEMBER);
        }
        invitation.accept(invitee, now);
        Membership joined = new Membership(this, invitee.subject(), invitee.email(), invitation.role(), now);
        members.add(joined);
        touch(now);
        return joined;
    }

    /**
     * Removes a member.
     *
     * @throws AccessDeniedException         the actor is neither an owner nor the operator
     * @throws MemberNotFoundException       no such member
     * @throws OrganisationConflictException it is the last owner
     */
    public void remove(Actor by, String subject, Instant now) {
        requireOwnerOrOperator(by, Action.REMOVE_MEMBER);
        Membership leaving = member(subject).orElseThrow(() -> new MemberNotFoundException(subject));
        requireAnotherOwner(leaving);
        members.remove(leaving);
        touch(now);
    }

    /** The actor leaves the organisation; the last owner cannot (hand ownership over first). */
    public void leave(Actor actor, Instant now) {
        Membership leaving = member(actor.subject()).orElseThrow(() -> new MemberNotFoundException(
                actor.describe()));
        requireAnotherOwner(leaving);
        members.remove(leaving);
        touch(now);
    }

    /**
     * Gives a member another role.
     *
     * @return whether the role changed
     * @throws OrganisationConflictException demoting the last owner
     */
    public boolean changeRole(Actor by, String subject, OrgRole role, Instant now) {
        requireOwnerOrOperator(by, Action.CHANGE_MEMBER_ROLE);
        Membership member = member(subject).orElseThrow(() -> new MemberNotFoundException(subject));
        if (member.role() == Objects.requireNonNull(role, "role")) {
            return false;
        }
        if (role != OrgRole.OWNER) {
            requireAnotherOwner(member);
        }
        member.changeRole(role);
        touch(now);
        return true;
    }

    private void requireAnotherOwner(Membership member) {
        if (member.isOwner() && members.stream().filter(Membership::isOwner).count() == 1) {
            throw new OrganisationConflictException(OrganisationConflictException.LAST_OWNER);
        }
    }

    private void requireOwnerOrOperator(Actor actor, Action action) {
        if (!actor.isOperator() && !isOwner(actor.subject())) {
            throw new AccessDeniedException(action, ResourceKind.ORGANISATION);
        }
    }

    private static void requireOperator(Actor actor, Action action) {
        if (!actor.isOperator()) {
            throw new AccessDeniedException(action, ResourceKind.ORGANISATION);
        }
    }

    // ---- verification

    /**
     * The firm asks the operator to verify it (self-registration, or a claim on a profile).
     *
     * @return whether the status changed (asking while already PENDING or VERIFIED changes nothing)
     */
    public boolean requestVerification(Instant now) {
        if (!verificationStatus.mayRequest()) {
            return false;
        }
        verificationStatus = VerificationStatus.PENDING;
        verificationReason = null;
        touch(now);
        return true;
    }

    /** The operator confirms the firm is real. */
    public void verify(Actor operator, Instant now) {
        decide(operator, VerificationStatus.VERIFIED, null, now);
    }

    /** The operator refuses, with a reason the firm will read. */
    public void rejectVerification(Actor operator, DecisionReason reason, Instant now) {
        decide(operator, VerificationStatus.REJECTED, Objects.requireNonNull(reason, "reason").text(), now);
    }

    private void decide(Actor operator, VerificationStatus outcome, String reason, Instant now) {
        requireOperator(operator, Action.VERIFY);
        if (!verificationStatus.isDecidable()) {
            throw new OrganisationConflictException(OrganisationConflictException.VERIFICATION_TRANSITION,
                    verificationStatus.name());
        }
        verificationStatus = outcome;
        verificationReason = reason;
        verificationDecidedBy = operator.subject();
        verificationDecidedAt = now;
        touch(now);
    }

    // ---- the supplier profile

    /** A supplier organisation registering itself takes the new profile made for it. */
    public void ownNewProfile(long supplierId, Instant now) {
        takeProfile(supplierId, now);
    }

    /**
     * The operator approved this organisation's claim on a profile: it owns the profile, the claimant is an owner,
     * and the organisation is verified (the claim's evidence was the verification).
     */
    public void claimApproved(Actor operator, long supplierId, String claimantSubject, String claimantEmail,
                              Instant now) {
        requireOperator(operator, Action.DECIDE);
        takeProfile(supplierId, now);
        member(claimantSubject).ifPresentOrElse(
                m -> m.changeRole(OrgRole.OWNER),
                () -> members.add(new Membership(this, claimantSubject, claimantEmail, OrgRole.OWNER, now)));
        if (verificationStatus.isDecidable()) {
            decide(operator, VerificationStatus.VERIFIED, null, now);
        }
        touch(now);
    }

    /** The operator rejected this organisation's claim: a verification it was waiting for is refused too. */
    public void claimRejected(Actor operator, DecisionReason reason, Instant now) {
        if (verificationStatus == VerificationStatus.PENDING) {
            rejectVerification(operator, reason, now);
        }
    }

    private void takeProfile(long supplierId, Instant now) {
        if (kind != OrganisationKind.SUPPLIER) {
            throw new OrganisationConflictException(OrganisationConflictException.NOT_A_SUPPLIER);
        }
        if (this.supplierId != null && this.supplierId != supplierId) {
            throw new OrganisationConflictException(OrganisationConflictException.OWNS_PROFILE);
        }
        this.supplierId = supplierId;
        touch(now);
    }

    private void touch(Instant now) {
        updatedAt = Objects.requireNonNull(now, "now");
    }

    // ---- reading

    public Optional<Membership> member(String subject) {
        return subject == null ? Optional.empty()
                : members.stream().filter(m -> m.subject().equals(subject)).findFirst();
    }

    public boolean isMember(String subject) {
        return member(subject).isPresent();
    }

    public boolean isOwner(String subject) {
        return member(subject).map(Membership::isOwner).orElse(false);
    }

    public List<Membership> members() {
        return List.copyOf(members);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public OrganisationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public BusinessRegistrationNumber brn() {
        return new BusinessRegistrationNumber(brn);
    }

    public VerificationStatus verificationStatus() {
        return verificationStatus;
    }

    public boolean isVerified() {
        return verificationStatus == VerificationStatus.VERIFIED;
    }

    /** The operator's reason when the verification was rejected. */
    public Optional<String> verificationReason() {
        return Optional.ofNullable(verificationReason);
    }

    public Optional<String> verificationDecidedBy() {
        return Optional.ofNullable(verificationDecidedBy);
    }

    public Optional<Instant> verificationDecidedAt() {
        return Optional.ofNullable(verificationDecidedAt);
    }

    /** The supplier profile this organisation owns, if any. */
    public Optional<Long> supplierId() {
        return Optional.ofNullable(supplierId);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Organisation that && brn.equals(that.brn);
    }

    @Override
    public int hashCode() {
        return brn.hashCode();
    }

    @Override
    public String toString() {
        return "Organisation[" + id + " " + kind + " " + name + " " + verificationStatus + "]";
    }
}
