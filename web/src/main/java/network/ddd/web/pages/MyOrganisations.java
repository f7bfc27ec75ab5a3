package network.ddd.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import network.ddd.access.AccessDeniedException;
import network.ddd.identity.OrgRole;
import network.ddd.organisation.IssuedInvitation;
import network.ddd.organisation.Me;
import network.ddd.organisation.OrganisationMembers;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.organisation.OrganisationView;
import network.ddd.platform.DomainException;
import network.ddd.web.security.Caller;

/**
 * {@code organisation.xhtml}: the signed-in user's organisations — name, verification, members and their roles.
 * Owners invite by e-mail; the page shows the invitation link to copy (no mail server is configured here).
 */
@Named
@ViewScoped
public class MyOrganisations implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationQueries queries;

    @Inject
    OrganisationMembers members;

    @Inject
    Caller caller;

    public record Member(String who, String role, String since) implements Serializable {
    }

    public record Invite(String email, String role, String expires) implements Serializable {
    }

    public record Org(long id, String name, String status, String role, boolean owner, Long supplierId,
                      List<Member> members, List<Invite> invitations) implements Serializable {
    }

    private List<Org> organisations = List.of();
    private final Map<Long, String> emails = new HashMap<>();
    private final Map<Long, String> roles = new HashMap<>();
    private final Map<Long, String> links = new HashMap<>();
    private final Refusal refusal = new Refusal();

    public void load() {
        if (!PageMessages.postback()) {
            refresh();
        }
    }

    private void refresh() {
        try {
            Me me = queries.me(caller.actor());
            organisations = me.organisations().stream().map(this::org).toList();
            refusal.clear();
        } catch (AccessDeniedException e) {
            organisations = List.of();
            refusal.refuse(e);
        }
    }

    private Org org(Me.Organisation mine) {
        OrganisationView view = queries.find(caller.actor(), mine.organisation().id());
        boolean owner = mine.role() == OrgRole.OWNER;
        List<Invite> open = owner ? members.openInvitations(caller.actor(), view.id()).stream()
                .map(i -> new Invite(i.email(), i.role().name(), format(i.expiresAt()))).toList() : List.of();
        return new Org(view.id(), view.name(), view.status().name(), mine.role().name(), owner, view.supplierId(),
                view.members().stream().map(m -> new Member(m.email() == null ? m.subject() : m.email(),
                        m.role().name(), format(m.since()))).toList(), open);
    }

    public void invite(long organisationId) {
        try {
            OrgRole role = "OWNER".equals(roles.get(organisationId)) ? OrgRole.OWNER : OrgRole.MEMBER;
            IssuedInvitation issued = members.invite(caller.actor(), organisationId, emails.get(organisationId), role);
            links.put(organisationId, baseUrl() + "/invitation.xhtml?token="
                    + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8));
            emails.remove(organisationId);
            PageMessages.info("org.invited", issued.invitation().email());
        } catch (AccessDeniedException e) {
            refusal.refuse(e);
        } catch (DomainException e) {
            PageMessages.error(e);
        }
        refresh();
    }

    private static String baseUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static String format(Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd").format(at.atZone(SupplierView.SEOUL));
    }

    public List<Org> getOrganisations() {
        return organisations;
    }

    public Map<Long, String> getEmails() {
        return emails;
    }

    public Map<Long, String> getRoles() {
        return roles;
    }

    public Map<Long, String> getLinks() {
        return links;
    }

    public Refusal getRefusal() {
        return refusal;
    }
}
