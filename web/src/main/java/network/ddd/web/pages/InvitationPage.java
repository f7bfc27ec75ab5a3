package network.ddd.web.pages;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import network.ddd.access.AccessDeniedException;
import network.ddd.organisation.OrganisationMembers;
import network.ddd.organisation.OrganisationSummary;
import network.ddd.platform.DomainException;
import network.ddd.web.security.Caller;

/**
 * {@code invitation.xhtml?token=…} (also reached from {@code /invitations/{token}}): the invited person signs in
 * and joins with one button — a POST, so following or previewing a link never joins anybody by itself.
 */
@Named
@ViewScoped
public class InvitationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationMembers members;

    @Inject
    Caller caller;

    private String token;
    private String joined;
    private final Refusal refusal = new Refusal();

    public void load() {
        if (!PageMessages.postback() && !caller.actor().isSignedIn()) {
            refusal.signInNeeded();
        }
    }

    public void accept() {
        try {
            OrganisationSummary organisation = members.accept(caller.actor(), token == null ? "" : token.strip());
            joined = organisation.name();
            refusal.clear();
        } catch (AccessDeniedException e) {
            refusal.refuse(e);
        } catch (DomainException e) {
            PageMessages.error(e);
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getJoined() {
        return joined;
    }

    public Refusal getRefusal() {
        return refusal;
    }
}
