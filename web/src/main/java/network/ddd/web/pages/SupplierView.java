package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import network.ddd.directory.Contact;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierEditing;
import network.ddd.directory.SupplierNotFoundException;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.organisation.OrganisationSummary;
import network.ddd.web.security.Caller;

/** A supplier's profile page, {@code supplier.xhtml?id=N}; an unknown id answers 404 with our error page. */
@Named
@RequestScoped
public class SupplierView {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    SupplierDirectory directory;

    @Inject
    LocaleBean locale;

    @Inject
    OrganisationQueries organisations;

    @Inject
    SupplierEditing editing;

    @Inject
    Caller caller;

    private String id;
    private SupplierDetails supplier;
    private OrganisationSummary owner;
    private boolean mayEdit;
    private Contact contact;

    public void load() throws IOException {
        try {
            supplier = directory.find(Long.parseLong(id == null ? "" : id.strip()));
            owner = organisations.ownerOfProfile(supplier.id()).orElse(null);
            mayEdit = caller.actor().isSignedIn() && editing.mayEdit(caller.actor(), supplier.id());
            contact = caller.actor().isSignedIn() ? directory.contact(caller.actor(), supplier.id()) : null;
        } catch (NumberFormatException | SupplierNotFoundException e) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.getExternalContext().responseSendError(404, null);
            faces.responseComplete();
        }
    }

    public String getUpdated() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale.getLocale())
                .format(supplier.updatedAt().atZone(SEOUL));
    }

    /** Where the record came from, as a bundle key ({@code source.kicox}…). */
    public String getSourceKey() {
        return "source." + supplier.origin().source().toLowerCase(Locale.ROOT);
    }

    /** The organisation that owns this profile (after an approved claim); {@code null} when nobody does. */
    public OrganisationSummary getOwner() {
        return owner;
    }

    /** A member of the owning organisation or the operator: the page offers the edit link. */
    public boolean isMayEdit() {
        return mayEdit;
    }

    /** Nobody owns the profile and someone is signed in: the page offers "Is this your firm? Claim it". */
    public boolean isClaimable() {
        return supplier != null && owner == null && caller.actor().isSignedIn();
    }

    /** How to reach the firm, for signed-in members; {@code null} for anonymous visitors (the page says why). */
    public Contact getContact() {
        return contact;
    }

    public SupplierDetails getSupplier() {
        return supplier;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
