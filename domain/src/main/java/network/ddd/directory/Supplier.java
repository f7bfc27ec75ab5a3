package network.ddd.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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
import java.util.List;
import java.util.Objects;
import network.ddd.directory.infrastructure.StringListConverter;

/**
 * A mill, dye house, knitter, sewing workshop… of the network: the directory's aggregate root.
 *
 * <p>Its business identity is its {@link SourceRef}. Its descriptive data changes only as a whole validated
 * profile, so the stored state is valid by construction: from its source register ({@link #reviseFromSource}) or
 * edited on the platform by its firm or the operator ({@link #edit}, {@link #editByOwner}). Once edited on the
 * platform or claimed by a verified firm, the profile is the firm's: a re-import of the register leaves it alone.
 * The row version doubles as the search document's version, so the index never goes back in time.
 */
@Entity
@Table(name = "supplier")
@NamedQuery(name = Supplier.BY_SOURCE,
        query = "select s from Supplier s where s.source = :source and s.sourceId = :sourceId")
@NamedQuery(name = Supplier.BY_IDS, query = "select s from Supplier s where s.id in :ids")
@NamedQuery(name = Supplier.BY_BRN, query = "select s from Supplier s where s.brn = :brn order by s.id")
@NamedQuery(name = Supplier.ALL_IDS_AFTER,
        query = "select s.id from Supplier s where s.id > :after order by s.id")
public class Supplier {
    public static final String BY_SOURCE = "Supplier.bySource";
    public static final String BY_IDS = "Supplier.byIds";
    public static final String ALL_IDS_AFTER = "Supplier.allIdsAfter";
    public static final String BY_BRN = "Supplier.byBrn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "source", nullable = false, updatable = false)
    private String source;

    @Column(name = "source_id", nullable = false, updatable = false)
    private String sourceId;

    @Column(name = "name_ko")
    private String nameKo;

    @Column(name = "name_en")
    private String nameEn;

    @Convert(converter = StringListConverter.class)
    @Column(name = "aliases", nullable = false)
    private List<String> aliases;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplier_type", nullable = false)
    private SupplierType type;

    @Column(name = "brn")
    private String brn;

    @Convert(converter = StringListConverter.class)
    @Column(name = "processes", nullable = false)
    private List<String> processes;

    @Convert(converter = StringListConverter.class)
    @Column(name = "products", nullable = false)
    private List<String> products;

    @Convert(converter = StringListConverter.class)
    @Column(name = "certifications", nullable = false)
    private List<String> certifications;

    @Column(name = "workers_count")
    private Integer workersCount;

    @Column(name = "workers_band")
    private String workersBand;

    @Column(name = "moq")
    private String moq;

    @Column(name = "lead_time_days")
    private Integer leadTimeDays;

    @Column(name = "country", nullable = false)
    private String country;

    @Column(name = "road_address")
    private String roadAddress;

    @Column(name = "lot_address")
    private String lotAddress;

    @Column(name = "region")
    private String region;

    @Column(name = "district")
    private String district;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    @Column(name = "verified", nullable = false)
    private boolean verified;

    @Column(name = "edited_at")
    private Instant editedAt;

    @Column(name = "contact_person")
    private String contactPerson;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_website")
    private String contactWebsite;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Supplier() {
        // for JPA
    }

    public Supplier(SourceRef origin, SupplierProfile profile, Instant now) {
        this.source = Objects.requireNonNull(origin, "origin").source();
        this.sourceId = origin.sourceId();
        this.createdAt = Objects.requireNonNull(now, "now");
        apply(profile, now);
    }

    /** What a row of the source register did to an existing profile. */
    public enum SourceRevision {
        /** The register says what the profile already says. */
        UNCHANGED,
        /** The profile now says what the register says. */
        UPDATED,
        /** The firm maintains the profile on the platform: the register's row is not applied. */
        KEPT
    }

    /**
     * The register this profile came from was imported again. A profile its firm maintains (edited on the platform,
     * or verified through an approved claim) is kept as it is: the register is older news than the firm's own
     * word.
     */
    public SourceRevision reviseFromSource(SupplierProfile profile, Instant now) {
        if (maintainedOnPlatform()) {
            return SourceRevision.KEPT;
        }
        return replace(profile, now) ? SourceRevision.UPDATED : SourceRevision.UNCHANGED;
    }

    /**
     * An edit on the platform (the operator's; members go through {@link #editByOwner}). From now on a re-import of
     * the register leaves the profile alone.
     *
     * @return whether anything changed (an unchanged save leaves the row, its version and the index alone)
     */
    public boolean edit(SupplierProfile profile, Instant now) {
        if (!replace(profile, now)) {
            return false;
        }
        editedAt = now;
        return true;
    }

    /**
     * An edit by the firm itself (a member of the organisation that owns the profile). Like {@link #edit}, except
     * that a registration number, once the profile has one, stays: it identifies the firm (claims and registrations
     * are matched by it), so only the operator changes it. A profile without one may be given one.
     *
     * @throws InvalidSupplierException the edit would change or remove the profile's registration number
     */
    public boolean editByOwner(SupplierProfile profile, Instant now) {
        String typed = profile.brn() == null ? null : profile.brn().digits();
        if (brn != null && !brn.equals(typed)) {
            throw new InvalidSupplierException("brn", "error.supplier.brnLocked");
        }
        return edit(profile, now);
    }

    /**
     * The firm (or the operator) sets how to reach it; like {@link #edit}, the profile is then maintained here.
     *
     * @return whether anything changed
     */
    public boolean changeContact(Contact contact, Instant now) {
        Contact next = contact == null ? Contact.NONE : contact;
        if (next.equals(contact())) {
            return false;
        }
        contactPerson = next.person();
        contactPhone = next.phone();
        contactEmail = next.email();
        contactWebsite = next.website();
        updatedAt = Objects.requireNonNull(now, "now");
        editedAt = now;
        return true;
    }

    /** How to reach the firm; {@link Contact#NONE} when it has not said. */
    public Contact contact() {
        return new Contact(contactPerson, contactPhone, contactEmail, contactWebsite);
    }

    /** Whether the firm (or the operator) maintains this profile here rather than its source register. */
    public boolean maintainedOnPlatform() {
        return verified || editedAt != null;
    }

    private boolean replace(SupplierProfile profile, Instant now) {
        if (profile().equals(Objects.requireNonNull(profile, "profile"))) {
            return false;
        }
        apply(profile, now);
        return true;
    }

    /**
     * Refuses an edit made from an older version than the stored one (someone saved in between).
     *
     * @throws SupplierChangedException the versions differ
     */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw new SupplierChangedException(id, expectedVersion, version);
        }
    }

    /**
     * The operator confirmed that a firm owns this profile (an approved claim): shown as verified everywhere.
     *
     * @return whether it changed (it was not verified before)
     */
    public boolean markVerified(Instant now) {
        if (verified) {
            return false;
        }
        verified = true;
        updatedAt = Objects.requireNonNull(now, "now");
        return true;
    }

    private void apply(SupplierProfile p, Instant now) {
        nameKo = p.nameKo();
        nameEn = p.nameEn();
        aliases = p.aliases();
        type = p.type();
        brn = p.brn() == null ? null : p.brn().digits();
        processes = p.processes();
        products = p.products();
        certifications = p.certifications();
        workersCount = p.workforce().count();
        workersBand = p.workforce().band();
        moq = p.moq();
        leadTimeDays = p.leadTimeDays();
        country = p.address().country();
        roadAddress = p.address().roadAddress();
        lotAddress = p.address().lotAddress();
        region = p.address().region();
        district = p.address().district();
        latitude = p.location() == null ? null : p.location().latitude();
        longitude = p.location() == null ? null : p.location().longitude();
        updatedAt = now;
    }

    public SupplierProfile profile() {
        return new SupplierProfile(nameKo, nameEn, aliases, type,
                brn == null ? null : new BusinessRegistrationNumber(brn), processes, products, certifications,
                new Workforce(workersCount, workersBand), moq, leadTimeDays,
                new Address(country, roadAddress, lotAddress, region, district),
                latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public SourceRef origin() {
        return new SourceRef(source, sourceId);
    }

    public boolean verified() {
        return verified;
    }

    /** When the profile was last edited on the platform, or null if only its register ever wrote it. */
    public Instant editedAt() {
        return editedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Supplier that && source.equals(that.source) && sourceId.equals(that.sourceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, sourceId);
    }

    @Override
    public String toString() {
        return "Supplier[" + id + " " + source + ":" + sourceId + " " + (nameKo != null ? nameKo : nameEn) + "]";
    }
}
