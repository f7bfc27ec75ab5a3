package network.ddd.organisation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import network.ddd.identity.OrgRole;

/**
 * One user's place in an organisation: the identity provider's subject, the e-mail at joining, the role and since
 * when. Part of the {@link Organisation} aggregate: created, changed and removed only through it.
 */
@Entity
@Table(name = "organisation_member")
public class Membership {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "organisation_id", nullable = false, updatable = false)
    private Organisation organisation;

    @Column(name = "subject", nullable = false, updatable = false)
    private String subject;

    @Column(name = "email")
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(name = "org_role", nullable = false)
    private OrgRole role;

    @Column(name = "since", nullable = false, updatable = false)
    private Instant since;

    protected Membership() {
        // for JPA
    }

    Membership(Organisation organisation, String subject, String email, OrgRole role, Instant since) {
        this.organisation = organisation;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.email = email;
        this.role = Objects.requireNonNull(role, "role");
        this.since = Objects.requireNonNull(since, "since");
    }

    void changeRole(OrgRole role) {
        this.role = role;
    }

    public String subject() {
        return subject;
    }

    public String email() {
        return email;
    }

    public OrgRole role() {
        return role;
    }

    public boolean isOwner() {
        return role == OrgRole.OWNER;
    }

    public Instant since() {
        return since;
    }

    /** A membership is one subject in one organisation. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Membership that && subject.equals(that.subject)
                && Objects.equals(organisation, that.organisation);
    }

    @Override
    public int hashCode() {
        return subject.hashCode();
    }

    @Override
    public String toString() {
        return "Membership[" + subject + " " + role + "]";
    }
}
