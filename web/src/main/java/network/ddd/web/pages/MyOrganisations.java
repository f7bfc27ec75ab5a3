package network.ddd.web.pages;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import network.ddd.access.AccessDeniedException;
import network.ddd.identity.OrgRole;
import network.ddd.organisation.IssuedInvitation;
import network.ddd.organisation.Me;
import network.ddd.organisation.MemberView;
import network.ddd.organisation.OrganisationMembers;
import network.ddd.organisation.OrganisationQueries;
import network.ddd.organisation.OrganisationVerification;
import network.ddd.organisation.OrganisationView;
import network.ddd.web.security.Caller;

/**
 * {@code organisation.xhtml}: the signed-in user's organisations — name, verification, members and their roles.
 * Owners invite by e-mail (the page shows the invitation link to copy: no mail server is configured here), change
 * a member's role, remove a member and ask the operator for verification; a member leaves. Removing and leaving
 * are confirmed in a second step on the page itself (no script needed). The use cases decide; a refused rule
 * (e.g. the last owner) is shown as its sentence.
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
    OrganisationVerification verification;

    @Inject
    Caller caller;

    public record Member(String subject, String who, String role, String since, boolean self)
            implements Serializable {
    }

    public record Invite(String email, String role, String expires) implements Serializable {
    }

    public record Org(long id, String name, String kind, String status, String reason, String role, boolean owner,
                      boolean mayRequestVerification, Long supplierId, List<Member> members,
                      List<Invite> invitations) implements Serializable {
    }

    private List<Org> organisations = List.of();
    private final Map<Long, String> emails = new HashMap<>();
    private final Map<Long, String> roles = new HashMap<>();
    private final Map<Long, String> links = new HashMap<>();
    private final Refusal refusal = new Refusal();
    /** The organisation just registered ({@code ?registered=N}, from register.xhtml): its card says what is next. */
    private String registered;
    /** The removal or leaving waiting for its confirmation: "remove ORG SUBJECT" or "leave ORG". */
    private String confirming;

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
                .map(i -> new Invite(i.email(), i.role().name(), SeoulTime.day(i.expiresAt()))).toList() : List.of();
        return new Org(view.id(), view.name(), view.kind().name(), view.status().name(), view.verificationReason(),
                mine.role().name(), owner, owner && view.status().mayRequest(), view.supplierId(),
                view.members().stream().map(this::member).toList(), open);
    }

    private Member member(MemberView m) {
        return new Member(m.subject(), m.email() == null ? m.subject() : m.email(), m.role().name(),
                SeoulTime.day(m.since()), m.subject().equals(caller.actor().subject()));
    }

    public void invite(long organisationId) {
        run(() -> {
            OrgRole role = "OWNER".equals(roles.get(organisationId)) ? OrgRole.OWNER : OrgRole.MEMBER;
            IssuedInvitation issued = members.invite(caller.actor(), organisationId, emails.get(organisationId), role);
            links.put(organisationId, baseUrl() + "/invitation.xhtml?token="
                    + URLEncoder.encode(issued.token(), StandardCharsets.UTF_8));
            emails.remove(organisationId);
            PageMessages.info("org.invited", issued.invitation().email());
        });
    }

    public void requestVerification(long organisationId) {
        run(() -> {
            verification.requestVerification(caller.actor(), organisationId);
            PageMessages.info("org.verification.requested");
        });
    }

    public void changeRole(long organisationId, String subject, String role) {
        run(() -> {
            OrgRole to = OrgRole.valueOf(role);
            members.changeRole(caller.actor(), organisationId, subject, to);
            PageMessages.info("org.roleChanged", whoIs(organisationId, subject),
                    PageMessages.text("org.role." + to.name()));
        });
    }

    /** First step of removing a member: the page asks "remove …?" with a confirm and a cancel button. */
    public void askToRemove(long organisationId, String subject) {
        confirming = "remove " + organisationId + " " + subject;
    }

    public void remove(long organisationId, String subject) {
        run(() -> {
            String who = whoIs(organisationId, subject);
            members.remove(caller.actor(), organisationId, subject);
            PageMessages.info("org.removed", who);
        });
    }

    /** First step of leaving: the page asks "leave …?" with a confirm and a cancel button. */
    public void askToLeave(long organisationId) {
        confirming = "leave " + organisationId;
    }

    public void leave(long organisationId) {
        run(() -> {
            String name = nameOf(organisationId);
            members.leave(caller.actor(), organisationId);
            PageMessages.info("org.left", name);
        });
    }

    public void cancel() {
        confirming = null;
    }

    public boolean confirmingRemove(long organisationId, String subject) {
        return Objects.equals(confirming, "remove " + organisationId + " " + subject);
    }

    public boolean confirmingLeave(long organisationId) {
        return Objects.equals(confirming, "leave " + organisationId);
    }

    /** Runs one use case: a refusal replaces the page's content, another broken rule is shown as its sentence. */
    private void run(Runnable action) {
        confirming = null;
        refusal.attempt(action);
        refresh();
    }

    private String whoIs(long organisationId, String subject) {
        return organisations.stream().filter(o -> o.id() == organisationId).flatMap(o -> o.members().stream())
                .filter(m -> m.subject().equals(subject)).map(Member::who).findFirst().orElse(subject);
    }

    private String nameOf(long organisationId) {
        return organisations.stream().filter(o -> o.id() == organisationId).map(Org::name).findFirst()
                .orElse(String.valueOf(organisationId));
    }

    private static String baseUrl() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
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

    public String getRegistered() {
        return registered;
    }

    public void setRegistered(String registered) {
        this.registered = registered;
    }

    /** Whether this card is of the organisation just registered. */
    public boolean justRegistered(long organisationId) {
        return PageMessages.idOf(registered) == organisationId;
    }
}
