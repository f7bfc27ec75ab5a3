package network.ddd.organisation;

/**
 * A new invitation and the token for its link. The caller puts the token in the e-mailed link
 * ({@code /invitations/{token}}); it is not stored and cannot be shown again.
 */
public record IssuedInvitation(InvitationView invitation, String token) {
}
