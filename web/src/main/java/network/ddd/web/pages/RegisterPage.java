package network.ddd.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import network.ddd.access.AccessDeniedException;
import network.ddd.directory.Address;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.organisation.OrganisationConflictException;
import network.ddd.organisation.OrganisationKind;
import network.ddd.organisation.OrganisationRegistration;
import network.ddd.organisation.OrganisationView;
import network.ddd.organisation.Registration;
import network.ddd.platform.DomainException;
import network.ddd.web.security.Caller;

/**
 * {@code register.xhtml?kind=…}: a firm that is not in the directory registers itself. First the kind (plain links,
 * no script), then name, registration number and — for a supplier — the profile fields search needs.
 * {@link OrganisationRegistration#register} checks everything; a number already in the directory leads to that
 * profile's claim page. On success the browser goes to {@code organisation.xhtml}, which shows the new firm.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FORM = "register-form";

    @Inject
    OrganisationRegistration registration;

    @Inject
    SupplierDirectory directory;

    @Inject
    Caller caller;

    private String kind;
    private String name;
    private String brn;
    private String nameEn;
    private String type;
    private String roadAddress;
    private String region;
    private String district;
    private String products;
    private String processes;
    /** The directory profile with the typed number, when there is one: the page links to its claim page. */
    private Long listedSupplierId;
    private String listedSupplierName;
    private final Refusal refusal = new Refusal();

    public void load() {
        if (PageMessages.postback()) {
            return;
        }
        if (kindOf(kind) == null) {
            kind = null;
        }
        if (!caller.actor().isSignedIn()) {
            refusal.signInNeeded();
        }
    }

    public String register() {
        listedSupplierId = null;
        try {
            OrganisationKind chosen = kindOf(kind);
            SupplierProfile profile = chosen == OrganisationKind.SUPPLIER ? profile() : null;
            OrganisationView created = registration.register(caller.actor(),
                    new Registration(chosen, name, brn, profile));
            return "/organisation.xhtml?faces-redirect=true&registered=" + created.id();
        } catch (AccessDeniedException e) {
            refusal.refuse(e);
        } catch (OrganisationConflictException e) {
            if (OrganisationConflictException.IN_DIRECTORY.equals(e.messageKey())) {
                inDirectory(((Number) e.args()[0]).longValue());
            } else {
                PageMessages.error(e);
            }
        } catch (DomainException e) {
            PageMessages.error(FORM, e);
        }
        return null;
    }

    private SupplierProfile profile() {
        return SupplierProfile.builder()
                .nameKo(name)
                .nameEn(nameEn)
                .type(type == null ? null : SupplierType.valueOf(type))
                .products(ProfileEditor.list(products))
                .processes(ProfileEditor.list(processes))
                .address(new Address("KR", roadAddress, null, region, district))
                .build();
    }

    private void inDirectory(long supplierId) {
        listedSupplierId = supplierId;
        try {
            listedSupplierName = directory.find(supplierId).profile().displayName();
        } catch (SupplierNotFoundException e) {
            listedSupplierName = "#" + supplierId;
        }
        PageMessages.error("register.inDirectory", listedSupplierName);
    }

    private static OrganisationKind kindOf(String text) {
        return Arrays.stream(OrganisationKind.values()).filter(k -> k.name().equals(text)).findFirst().orElse(null);
    }

    public List<String> getKinds() {
        return List.of(OrganisationKind.SUPPLIER.name(), OrganisationKind.DESIGNER_BRAND.name(),
                OrganisationKind.WHOLESALER.name());
    }

    public boolean isSupplier() {
        return OrganisationKind.SUPPLIER.name().equals(kind);
    }

    public List<String> getTypes() {
        return Arrays.stream(SupplierType.values()).map(Enum::name).toList();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBrn() {
        return brn;
    }

    public void setBrn(String brn) {
        this.brn = brn;
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

    public Long getListedSupplierId() {
        return listedSupplierId;
    }

    public Refusal getRefusal() {
        return refusal;
    }
}
