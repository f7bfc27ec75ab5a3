package network.ddd.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import network.ddd.access.AccessPolicy;
import network.ddd.access.Action;
import network.ddd.access.Resource;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditTrail;
import network.ddd.identity.Actor;
import network.ddd.identity.IdentityDirectory;
import network.ddd.identity.OrgRole;

/**
 * Use cases of an organisation's members: an owner (or the operator) invites by e-mail, removes members and
 * changes roles; an invited user joins once signed in; a member leaves. The organisation itself guards "at least
 * one owner" and "no duplicate member".
 */
@ApplicationScoped
public class OrganisationMembers {
    @Inject
    OrganisationRepository organisations;

    @Inject
    InvitationRepository invitations;

    @Inject
    AccessPolicy access;

    @Inject
    IdentityDirectory identity;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * Invites an e-mail address; the identity provider account is created if there is none (it sends its own
     * "set your password" mail). The caller e-mails the link with the returned token.
     */
    @Transactional
    public IssuedInvitation invite(Actor actor, long organisationId, String email, OrgRole role) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.INVITE_MEMBER, Resource.organisation(organisationId));
        EmailAddress address = new EmailAddress(email);
        Instant now = clock.instant();
        Invitation.Issued issued = organisation.invite(actor, address, role, now, Invitation.DEFAULT_VALIDITY);
        invitations.store(issued.invitation());
        organisations.store(organisation);
        identity.ensureUser(address.value(), null);
        audit.record(actor, AuditAction.MEMBER_INVITED, "ORGANISATION", organisationId, address + " " + role);
        return new IssuedInvitation(InvitationView.of(issued.invitation()), issued.token());
    }

    /** The signed-in user follows an invitation link and joins. */
    @Transactional
    public OrganisationSummary accept(Actor actor, String token) {
        access.check(actor, Action.VIEW, Resource.account());
        Invitation invitation = invitations.findByToken(token).orElseThrow(InvitationNotFoundException::new);
        Organisation organisation = load(invitation.organisationId());
        if (organisation.joinedThrough(invitation, actor.subject())) {
            return OrganisationSummary.of(organisation); // joined at sign-in already, or a second click
        }
        return join(actor, invitation, clock.instant());
    }

    /**
     * Joins every organisation that invited the user's verified e-mail address and is still waiting: the web layer
     * calls this when a session starts, so an invited user needs no link.
     *
     * @return the organisations joined now
     */
    @Transactional
    public List<OrganisationSummary> acceptPending(Actor actor) {
        if (!actor.isSignedIn() || actor.email() == null) {
            return List.of();
        }
        Instant now = clock.instant();
        List<OrganisationSummary> joined = new ArrayList<>();
        for (Invitation invitation : invitations.openFor(new EmailAddress(actor.email()), now)) {
            Organisation organisation = load(invitation.organisationId());
            if (!organisation.isMember(actor.subject())) {
                joined.add(join(actor, invitation, now));
            }
        }
        return joined;
    }

    private OrganisationSummary join(Actor actor, Invitation invitation, Instant now) {
        Organisation organisation = load(invitation.organisationId());
        organisation.join(invitation, actor, now);
        invitations.store(invitation);
        organisations.store(organisation);
        audit.record(actor, AuditAction.MEMBER_JOINED, "ORGANISATION", organisation.id(),
                actor.subject() + " " + invitation.role());
        PlatformRoles.grant(identity, audit, actor, actor.subject(), actor.has(organisation.kind().platformRole()),
                organisation.kind().platformRole());
        return OrganisationSummary.of(organisation);
    }

    @Transactional
    public void remove(Actor actor, long organisationId, String subject) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.REMOVE_MEMBER, Resource.organisation(organisationId));
        organisation.remove(actor, subject, clock.instant());
        organisations.store(organisation);
        audit.record(actor, AuditAction.MEMBER_REMOVED, "ORGANISATION", organisationId, subject);
    }

    @Transactional
    public void changeRole(Actor actor, long organisationId, String subject, OrgRole role) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.CHANGE_MEMBER_ROLE, Resource.organisation(organisationId));
        if (organisation.changeRole(actor, subject, role, clock.instant())) {
            organisations.store(organisation);
            audit.record(actor, AuditAction.ROLE_CHANGED, "ORGANISATION", organisationId, subject + " " + role);
        }
    }

    @Transactional
    public void leave(Actor actor, long organisationId) {
        Organisation organisation = load(organisationId);
        access.check(actor, Action.LEAVE, Resource.organisation(organisationId));
        organisation.leave(actor, clock.instant());
        organisations.store(organisation);
        audit.record(actor, AuditAction.MEMBER_LEFT, "ORGANISATION", organisationId, actor.subject());
    }

    /** The invitations still open, for the organisation's owners and the operator. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<InvitationView> openInvitations(Actor actor, long organisationId) {
        load(organisationId);
        access.check(actor, Action.INVITE_MEMBER, Resource.organisation(organisationId));
        return invitations.openOf(organisationId, clock.instant()).stream().map(InvitationView::of).toList();
    }

    private Organisation load(long organisationId) {
        return organisations.find(organisationId)
                .orElseThrow(() -> new OrganisationNotFoundException(organisationId));
    }
}
