package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.directory.SupplierNotFoundException;

/** A supplier's profile page, {@code supplier.xhtml?id=N}; an unknown id answers 404 with our error page. */
@Named
@RequestScoped
public class SupplierView {
    static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    SupplierDirectory directory;

    @Inject
    LocaleBean locale;

    private String id;
    private SupplierDetails supplier;

    public void load() throws IOException {
        try {
            supplier = directory.find(Long.parseLong(id == null ? "" : id.strip()));
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
