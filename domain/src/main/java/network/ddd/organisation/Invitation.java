package network.ddd.organisation;

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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import network.ddd.identity.Actor;
import network.ddd.identity.OrgRole;

/**
 * An owner's invitation for an e-mail address to join an organisation with a role. Issued by
 * {@link Organisation#invite}; accepted once, before it expires, by a user signed in with that verified address.
 *
 * <p>The token travels only in the e-mailed link: the table keeps its SHA-256, so a database reader cannot join.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(name = Invitation.BY_TOKEN_HASH, query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(name = Invitation.OPEN_FOR_EMAIL, query = "select i from Invitation i where i.email = :email"
        + " and i.acceptedAt is null and i.expiresAt > :now order by i.createdAt")
@NamedQuery(name = Invitation.OPEN_OF_ORGANISATION, query = "select i from Invitation i where"
        + " i.organisationId = :organisationId and i.acceptedAt is null and i.expiresAt > :now order by i.createdAt")
public class Invitation {
    public static final String BY_TOKEN_HASH = "Invitation.byTokenHash";
    public static final String OPEN_FOR_EMAIL = "Invitation.openForEmail";
    public static final String OPEN_OF_ORGANISATION = "Invitation.openOfOrganisation";
    /** How long an invitation link works unless the caller says otherwise. */
    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private long organisationId;

    @Column(name = "email", nullable = false, updatable = false)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_role", nullable = false, updatable = false)
    private OrgRole role;

    @Column(name = "token_hash", nullable = false, updatable = false)
    private String tokenHash;

    @Column(name = "invited_by", nullable = false, updatable = false)
    private String invitedBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "accepted_by")
    private String acceptedBy;

    protected Invitation() {
        // for JPA
    }

    private Invitation(long organisationId, EmailAddress email, OrgRole role, String tokenHash, String invitedBy,
                       Instant now, Duration validFor) {
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("An invitation must be valid for some time");
        }
        this.organisationId = organisationId;
        this.email = email.value();
        this.role = Objects.requireNonNull(role, "role");
        this.tokenHash = tokenHash;
        this.invitedBy = invitedBy;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /** Creates an invitation with a fresh random token; only {@link Organisation#invite} calls this. */
    static Issued issue(long organisationId, EmailAddress email, OrgRole role, Actor by, Instant now,
                        Duration validFor) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        return new Issued(new Invitation(organisationId, email, role, hash(token), by.subject(), now, validFor),
                token);
    }

    /** The stored form of a token. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /**
     * Marks the invitation used by a signed-in user; {@link Organisation#join} calls this and then adds the member.
     *
     * @throws InvitationException used already, expired, or addressed to another e-mail than the actor's verified
     *                             one
     */
    void accept(Actor actor, Instant now) {
        if (acceptedAt != null) {
            throw new InvitationException(InvitationException.USED);
        }
        if (!now.isBefore(expiresAt)) {
            throw new InvitationException(InvitationException.EXPIRED);
        }
        if (!actor.isSignedIn() || actor.email() == null || !actor.email().equals(email)) {
            throw new InvitationException(InvitationException.OTHER_ADDRESS);
        }
        acceptedAt = now;
        acceptedBy = actor.subject();
    }

    /** Whether this user accepted it (then following its link again has nothing left to do). */
    public boolean wasAcceptedBy(String subject) {
        return acceptedBy != null && acceptedBy.equals(subject);
    }

    /** Whether it can still be accepted at that instant. */
    public boolean isOpen(Instant now) {
        return acceptedAt == null && now.isBefore(expiresAt);
    }

    public Long id() {
        return id;
    }

    public long organisationId() {
        return organisationId;
    }

    public String email() {
        return email;
    }

    public OrgRole role() {
        return role;
    }

    public String invitedBy() {
        return invitedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant acceptedAt() {
        return acceptedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Invitation that && tokenHash.equals(that.tokenHash);
    }

    @Override
    public int hashCode() {
        return tokenHash.hashCode();
    }

    /** A new invitation and its token, to be put in the e-mailed link; the token is not stored. */
    public record Issued(Invitation invitation, String token) {
    }
}
