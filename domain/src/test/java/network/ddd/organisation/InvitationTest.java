package network.ddd.organisation;

import static network.ddd.organisation.Fixtures.OWNER;
import static network.ddd.organisation.Fixtures.T0;
import static network.ddd.organisation.Fixtures.organisation;
import static network.ddd.organisation.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import network.ddd.identity.Actor;
import network.ddd.identity.OrgRole;
import network.ddd.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class InvitationTest {
    static final Actor INVITEE = new Actor("sub-kim", "김", "kim@example.com", Set.of());

    @ParameterizedTest(name = "accepted {0} after issue → {1}")
    @CsvSource({
            "PT0S,          joined",
            "PT1H,          joined",
            "P6DT23H59M59S, joined",
            "P7D,           error.invitation.expired",
            "P30D,          error.invitation.expired",
    })
    void anInvitationWorksForSevenDays(Duration after, String expected) {
        Organisation organisation = organisation();
        Clock issued = Clock.fixed(T0, ZoneOffset.UTC);
        Clock accepting = Clock.offset(issued, after);
        Invitation invitation = organisation.invite(OWNER, new EmailAddress("kim@example.com"), OrgRole.MEMBER,
                issued.instant(), Invitation.DEFAULT_VALIDITY).invitation();

        assertThat(invitation.isOpen(accepting.instant())).isEqualTo(expected.equals("joined"));
        assertThat(outcome(() -> organisation.join(invitation, INVITEE, accepting.instant()))).isEqualTo(expected);
        assertThat(organisation.isMember("sub-kim")).isEqualTo(expected.equals("joined"));
    }

    @ParameterizedTest(name = "signed in as {0} → {1}")
    @CsvSource({
            "kim@example.com,   joined",
            "KIM@Example.COM,   joined",
            "lee@example.com,   error.invitation.otherAddress",
            "'',                error.invitation.otherAddress",
    })
    void onlyTheInvitedAddressJoins(String email, String expected) {
        Organisation organisation = organisation();
        Invitation invitation = organisation.invite(OWNER, new EmailAddress("Kim@example.com"), OrgRole.OWNER, T0,
                Duration.ofDays(1)).invitation();
        Actor actor = new Actor("sub-x", null, email, Set.of());

        assertThat(outcome(() -> organisation.join(invitation, actor, T0.plusSeconds(5)))).isEqualTo(expected);
    }

    @Test
    void anInvitationIsUsedOnce() {
        Organisation organisation = organisation();
        Invitation invitation = organisation.invite(OWNER, new EmailAddress("kim@example.com"), OrgRole.MEMBER, T0,
                Duration.ofDays(1)).invitation();
        organisation.join(invitation, INVITEE, T0.plusSeconds(1));
        organisation.leave(INVITEE, T0.plusSeconds(2));

        assertThat(outcome(() -> organisation.join(invitation, INVITEE, T0.plusSeconds(3))))
                .isEqualTo("error.invitation.used");
        assertThat(invitation.acceptedAt()).isEqualTo(T0.plusSeconds(1));
    }

    @Test
    void aMemberWhoJoinedThroughAnInvitationIsRecognisedWhenFollowingItAgain() {
        Organisation organisation = organisation();
        Invitation invitation = organisation.invite(OWNER, new EmailAddress("kim@example.com"), OrgRole.MEMBER, T0,
                Duration.ofDays(1)).invitation();
        assertThat(organisation.joinedThrough(invitation, INVITEE.subject())).isFalse();

        organisation.join(invitation, INVITEE, T0.plusSeconds(1));

        assertThat(organisation.joinedThrough(invitation, INVITEE.subject())).isTrue();
        assertThat(organisation.joinedThrough(invitation, OWNER.subject())).isFalse();
        organisation.leave(INVITEE, T0.plusSeconds(2));
        assertThat(organisation.joinedThrough(invitation, INVITEE.subject())).as("left: the link is used up").isFalse();
    }

    @Test
    void theJoinedMemberHasTheInvitedRoleAndTheStoredTokenIsOnlyAHash() {
        Organisation organisation = organisation();
        Invitation.Issued issued = organisation.invite(OWNER, new EmailAddress("kim@example.com"), OrgRole.OWNER,
                T0, Duration.ofDays(1));

        organisation.join(issued.invitation(), INVITEE, T0.plusSeconds(1));

        assertThat(organisation.isOwner("sub-kim")).isTrue();
        assertThat(issued.token()).hasSize(43).matches("[A-Za-z0-9_-]+");
        assertThat(Invitation.hash(issued.token())).hasSize(64).isNotEqualTo(issued.token());
        assertThat(issued.invitation()).isEqualTo(issued.invitation());
    }

    @Test
    void anInvitationIsForItsOwnOrganisation() {
        Organisation mine = organisation();
        Organisation other = Fixtures.withId(Organisation.found(OrganisationKind.SUPPLIER, "다른 회사",
                network.ddd.directory.BusinessRegistrationNumber.parse("124-81-00998"), user("x", Role.SUPPLIER), T0),
                11L);
        Invitation invitation = other.invite(user("x"), new EmailAddress("kim@example.com"), OrgRole.MEMBER, T0,
                Duration.ofDays(1)).invitation();

        assertThatThrownBy(() -> mine.join(invitation, INVITEE, T0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "kim", "kim@", "@example.com", "kim@example", "kim@@example.com", "k im@example.com",
            "kim@example..com"})
    void anInvitationNeedsAnEMailAddress(String address) {
        assertThatThrownBy(() -> new EmailAddress(address))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> {
                    assertThat(e.field()).isEqualTo("email");
                    assertThat(e.messageKey()).isEqualTo("error.email.invalid");
                });
    }

    private static String outcome(Runnable action) {
        try {
            action.run();
            return "joined";
        } catch (InvitationException e) {
            return e.messageKey();
        }
    }
}
