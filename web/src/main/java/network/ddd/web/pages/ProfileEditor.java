package network.ddd.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import network.ddd.access.AccessDeniedException;
import network.ddd.directory.Address;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.Contact;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.SupplierChangedException;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierEditing;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;
import network.ddd.platform.DomainException;
import network.ddd.web.security.Caller;

/**
 * {@code edit.xhtml?id=N}: the profile's main fields for a member of the owning organisation or the operator.
 * The form carries the version it was loaded at; {@link SupplierEditing#update} refuses a profile saved meanwhile
 * ({@link SupplierChangedException}), and the page says so instead of overwriting. Fields the form does not show
 * (aliases, certifications, registration number, lot address, coordinates) are kept as loaded.
 */
@Named
@ViewScoped
public class ProfileEditor implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDirectory directory;

    @Inject
    SupplierEditing editing;

    @Inject
    Caller caller;

    private String id;
    private long supplierId;
    private long version;
    private boolean loaded;
    private boolean saved;
    private boolean conflict;
    private final Refusal refusal = new Refusal();

    private String nameKo;
    private String nameEn;
    private String type;
    private String products;
    private String processes;
    private String roadAddress;
    private String region;
    private String district;
    private String workers;
    private String moq;
    private Integer leadTimeDays;
    private String contactPerson;
    private String contactPhone;
    private String contactEmail;
    private String contactWebsite;

    // kept as loaded
    private ArrayList<String> aliases;
    private ArrayList<String> certifications;
    private String brn;
    private String country;
    private String lotAddress;
    private Double lat;
    private Double lng;

    public void load() {
        if (PageMessages.postback()) {
            return;
        }
        supplierId = PageMessages.idOf(id);
        SupplierDetails supplier = ProfileParameter.supplierOrNotFound(directory, supplierId).orElse(null);
        if (supplier == null) {
            return;
        }
        if (!caller.actor().isSignedIn()) {
            refusal.signInNeeded();
            return;
        }
        if (!editing.mayEdit(caller.actor(), supplierId)) {
            refusal.refuse(new AccessDeniedException(network.ddd.access.Action.EDIT,
                    network.ddd.access.ResourceKind.SUPPLIER_PROFILE));
            return;
        }
        fill(supplier);
    }

    private void fill(SupplierDetails supplier) {
        Contact contact = directory.contact(caller.actor(), supplier.id());
        contactPerson = contact.person();
        contactPhone = contact.phone();
        contactEmail = contact.email();
        contactWebsite = contact.website();
        SupplierProfile p = supplier.profile();
        version = supplier.version();
        nameKo = p.nameKo();
        nameEn = p.nameEn();
        type = p.type().name();
        products = String.join(", ", p.products());
        processes = String.join(", ", p.processes());
        roadAddress = p.address().roadAddress();
        region = p.address().region();
        district = p.address().district();
        workers = p.workforce().count() != null ? String.valueOf(p.workforce().count()) : p.workforce().band();
        moq = p.moq();
        leadTimeDays = p.leadTimeDays();
        aliases = new ArrayList<>(p.aliases());
        certifications = new ArrayList<>(p.certifications());
        brn = p.brn() == null ? null : p.brn().formatted();
        country = p.address().country();
        lotAddress = p.address().lotAddress();
        lat = p.location() == null ? null : p.location().latitude();
        lng = p.location() == null ? null : p.location().longitude();
        loaded = true;
    }

    public void save() {
        try {
            SupplierProfile profile = SupplierProfile.builder()
                    .nameKo(nameKo)
                    .nameEn(nameEn)
                    .aliases(aliases)
                    .type(SupplierType.valueOf(type))
                    .brn(brn == null ? null : BusinessRegistrationNumber.parse(brn))
                    .products(list(products))
                    .processes(list(processes))
                    .certifications(certifications)
                    .workforce(Workforce.parse(workers))
                    .moq(moq)
                    .leadTimeDays(leadTimeDays)
                    .address(new Address(country, roadAddress, lotAddress, region, district))
                    .location(lat == null || lng == null ? null : new GeoPoint(lat, lng))
                    .build();
            Contact contact = new Contact(contactPerson, contactPhone, contactEmail, contactWebsite);
            SupplierDetails stored = editing.update(caller.actor(), supplierId, profile, contact, version);
            fill(stored);
            saved = true;
            conflict = false;
            PageMessages.info("edit.saved");
        } catch (SupplierChangedException e) {
            conflict = true;
            PageMessages.error(e);
        } catch (AccessDeniedException e) {
            refusal.refuse(e);
        } catch (DomainException e) {
            PageMessages.error(e);
        }
    }

    /** Reloads the profile as stored now (after "someone saved meanwhile"); what was typed is lost. */
    public void reload() {
        try {
            fill(directory.find(supplierId));
            conflict = false;
        } catch (SupplierNotFoundException e) {
            PageMessages.error(e);
        }
    }

    /** "면, 폴리" or one per line → [면, 폴리]. */
    static List<String> list(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[,\\n]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    public List<String> getTypes() {
        return Arrays.stream(SupplierType.values()).map(Enum::name).toList();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public long getSupplierId() {
        return supplierId;
    }

    public long getVersion() {
        return version;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public boolean isSaved() {
        return saved;
    }

    public boolean isConflict() {
        return conflict;
    }

    public Refusal getRefusal() {
        return refusal;
    }

    public String getNameKo() {
        return nameKo;
    }

    public void setNameKo(String nameKo) {
        this.nameKo = nameKo;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getProducts() {
        return products;
    }

    public void setProducts(String products) {
        this.products = products;
    }

    public String getProcesses() {
        return processes;
    }

    public void setProcesses(String processes) {
        this.processes = processes;
    }

    public String getRoadAddress() {
        return roadAddress;
    }

    public void setRoadAddress(String roadAddress) {
        this.roadAddress = roadAddress;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getWorkers() {
        return workers;
    }

    public void setWorkers(String workers) {
        this.workers = workers;
    }

    public String getMoq() {
        return moq;
    }

    public void setMoq(String moq) {
        this.moq = moq;
    }

    public Integer getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(Integer leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(String contactPerson) {
        this.contactPerson = contactPerson;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactWebsite() {
        return contactWebsite;
    }

    public void setContactWebsite(String contactWebsite) {
        this.contactWebsite = contactWebsite;
    }
}
