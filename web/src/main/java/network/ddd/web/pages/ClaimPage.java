package network.ddd.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import network.ddd.access.AccessDeniedException;
import network.ddd.claim.ClaimRequest;
import network.ddd.claim.ClaimSubmission;
import network.ddd.claim.Evidence;
import network.ddd.directory.SupplierDetails;
import network.ddd.directory.SupplierDirectory;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.platform.DomainException;
import network.ddd.web.security.Caller;
import org.primefaces.model.file.UploadedFile;

/**
 * {@code claim.xhtml?id=N}: a firm claims an imported profile with its registration number, its name and one
 * evidence document (PDF, JPEG or PNG, at most 10 MB). The use case {@link ClaimSubmission} checks everything;
 * this bean only carries the form and shows the outcome.
 */
@Named
@ViewScoped
public class ClaimPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    SupplierDirectory directory;

    @Inject
    OrganisationQueries organisations;

    @Inject
    ClaimSubmission submission;

    @Inject
    Caller caller;

    private String id;
    private long supplierId;
    private String supplierName;
    private boolean owned;
    private String brn;
    private String firmName;
    private transient UploadedFile evidence;
    private boolean submitted;
    private final Refusal refusal = new Refusal();

    public void load() {
        if (PageMessages.postback()) {
            return;
        }
        supplierId = PageMessages.idOf(id);
        SupplierDetails supplier = ProfileParameter.supplierOrNotFound(directory, supplierId).orElse(null);
        if (supplier == null) {
            return;
        }
        supplierName = supplier.profile().displayName();
        owned = organisations.ownerOfProfile(supplierId).isPresent();
        firmName = supplierName;
        if (!caller.actor().isSignedIn()) {
            refusal.signInNeeded();
        }
    }

    public void submit() {
        byte[] content = evidence == null ? null : evidence.getContent();
        String fileName = evidence == null ? null : evidence.getFileName();
        try {
            submission.submit(caller.actor(),
                    new ClaimRequest(supplierId, brn, null, firmName, fileName, content));
            submitted = true;
            refusal.clear();
        } catch (AccessDeniedException e) {
            refusal.refuse(e);
        } catch (DomainException e) {
            PageMessages.error(e);
        } finally {
            evidence = null;
        }
    }

    public int getMaxMegabytes() {
        return Evidence.MAX_MB;
    }

    public long getMaxBytes() {
        return Evidence.MAX_BYTES;
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

    public String getSupplierName() {
        return supplierName;
    }

    public boolean isOwned() {
        return owned;
    }

    public String getBrn() {
        return brn;
    }

    public void setBrn(String brn) {
        this.brn = brn;
    }

    public String getFirmName() {
        return firmName;
    }

    public void setFirmName(String firmName) {
        this.firmName = firmName;
    }

    public UploadedFile getEvidence() {
        return evidence;
    }

    public void setEvidence(UploadedFile evidence) {
        this.evidence = evidence;
    }

    public boolean isSubmitted() {
        return submitted;
    }

    public Refusal getRefusal() {
        return refusal;
    }
}
