package network.ddd.organisation;

import static network.ddd.organisation.Fixtures.OPERATOR;
import static network.ddd.organisation.Fixtures.OWNER;
import static network.ddd.organisation.Fixtures.T0;
import static network.ddd.organisation.Fixtures.joined;
import static network.ddd.organisation.Fixtures.organisation;
import static network.ddd.organisation.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import network.ddd.access.AccessDeniedException;
import network.ddd.identity.Actor;
import network.ddd.identity.OrgRole;
import network.ddd.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationTest {
    static final Instant LATER = T0.plus(Duration.ofHours(2));

    @Test
    void aNewOrganisationIsUnverifiedWithItsFounderAsTheOnlyOwner() {
        Organisation organisation = organisation();

        assertThat(organisation.verificationStatus()).isEqualTo(VerificationStatus.UNVERIFIED);
        assertThat(organisation.members()).extracting(Membership::subject, Membership::email, Membership::role)
                .containsExactly(tuple("owner", "owner@example.com", OrgRole.OWNER));
        assertThat(organisation.brn().formatted()).isEqualTo("220-81-62517");
    }

    @ParameterizedTest(name = "name \"{0}\" → {1}")
    @CsvSource(value = {"'  ';error.organisation.nameMissing", "'';error.organisation.nameMissing"}, delimiter = ';')
    void anOrganisationNeedsAName(String name, String key) {
        assertThatThrownBy(() -> Organisation.found(OrganisationKind.WHOLESALER, name, Fixtures.BRN, OWNER, T0))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo(key);
                });
    }

    // ---- membership invariants

    static Stream<Arguments> waysToLoseTheLastOwner() {
        return Stream.of(
                Arguments.of("the last owner leaves", (BiConsumer<Organisation, Actor>) (o, by) -> o.leave(OWNER, LATER)),
                Arguments.of("the last owner is removed by the operator",
                        (BiConsumer<Organisation, Actor>) (o, by) -> o.remove(OPERATOR, "owner", LATER)),
                Arguments.of("the last owner removes themself",
                        (BiConsumer<Organisation, Actor>) (o, by) -> o.remove(OWNER, "owner", LATER)),
                Arguments.of("the last owner is demoted",
                        (BiConsumer<Organisation, Actor>) (o, by) -> o.changeRole(OPERATOR, "owner", OrgRole.MEMBER,
                                LATER)));
    }

    @ParameterizedTest(name = "{0}: refused")
    @MethodSource("waysToLoseTheLastOwner")
    void anOrganisationAlwaysKeepsAnOwner(String way, BiConsumer<Organisation, Actor> change) {
        Organisation organisation = organisation();
        joined(organisation, "member", OrgRole.MEMBER);

        assertThatThrownBy(() -> change.accept(organisation, OWNER))
                .isInstanceOfSatisfying(OrganisationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.member.lastOwner"));
        assertThat(organisation.isOwner("owner")).isTrue();
        assertThat(organisation.members()).hasSize(2);
    }

    @Test
    void anOwnerMayLeaveOnceAnotherOwnerIsThere() {
        Organisation organisation = organisation();
        joined(organisation, "second", OrgRole.OWNER);

        organisation.leave(OWNER, LATER);

        assertThat(organisation.members()).extracting(Membership::subject).containsExactly("second");
        assertThat(organisation.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void anOwnerCanBeDemotedOnceAnotherOwnerIsThere() {
        Organisation organisation = organisation();
        joined(organisation, "member", OrgRole.MEMBER);

        assertThat(organisation.changeRole(OWNER, "member", OrgRole.OWNER, LATER)).isTrue();
        assertThat(organisation.changeRole(user("member"), "owner", OrgRole.MEMBER, LATER)).isTrue();

        assertThat(organisation.isOwner("member")).isTrue();
        assertThat(organisation.isOwner("owner")).isFalse();
        assertThat(organisation.changeRole(OPERATOR, "owner", OrgRole.MEMBER, LATER)).isFalse();
    }

    @ParameterizedTest(name = "a {0} cannot {1}")
    @CsvSource({"member, invite", "member, remove", "member, changeRole", "outsider, invite", "outsider, remove",
            "outsider, changeRole"})
    void onlyOwnersAndTheOperatorManageMembers(String who, String what) {
        Organisation organisation = organisation();
        joined(organisation, "member", OrgRole.MEMBER);
        Actor actor = who.equals("member") ? user("member", Role.SUPPLIER) : user("outsider", Role.SUPPLIER);

        assertThatThrownBy(() -> {
            switch (what) {
                case "invite" -> organisation.invite(actor, new EmailAddress("new@example.com"), OrgRole.MEMBER, LATER,
                        Duration.ofDays(1));
                case "remove" -> organisation.remove(actor, "owner", LATER);
                default -> organisation.changeRole(actor, "member", OrgRole.OWNER, LATER);
            }
        }).isInstanceOf(AccessDeniedException.class);
        assertThat(organisation.members()).extracting(Membership::subject, Membership::role)
                .containsExactly(tuple("owner", OrgRole.OWNER), tuple("member", OrgRole.MEMBER));
    }

    @ParameterizedTest(name = "{0} removes a member")
    @ValueSource(strings = {"owner", "operator"})
    void ownersAndTheOperatorRemoveMembers(String who) {
        Organisation organisation = organisation();
        joined(organisation, "member", OrgRole.MEMBER);

        organisation.remove(who.equals("owner") ? OWNER : OPERATOR, "member", LATER);

        assertThat(organisation.isMember("member")).isFalse();
    }

    @Test
    void aMemberAppearsOnce() {
        Organisation organisation = organisation();
        Actor member = joined(organisation, "member", OrgRole.MEMBER);
        Invitation.Issued again = organisation.invite(OWNER, new EmailAddress("member-2@example.com"),
                OrgRole.OWNER, T0, Duration.ofDays(1));
        Actor sameUserOtherAddress = new Actor(member.subject(), null, "member-2@example.com", member.roles());

        assertThatThrownBy(() -> organisation.join(again.invitation(), sameUserOtherAddress, LATER))
                .isInstanceOfSatisfying(OrganisationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.member.duplicate"));
        assertThatThrownBy(() -> organisation.invite(OWNER, new EmailAddress("MEMBER@example.com"), OrgRole.MEMBER,
                T0, Duration.ofDays(1)))
                .isInstanceOfSatisfying(OrganisationConflictException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.member.duplicate"));
        assertThat(organisation.members()).hasSize(2);
    }

    @Test
    void removingSomeoneWhoIsNotAMemberSaysSo() {
        assertThatThrownBy(() -> organisation().remove(OWNER, "nobody", LATER))
                .isInstanceOfSatisfying(MemberNotFoundException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.member.notFound"));
    }

    // ---- verification

    @ParameterizedTest(name = "{0}: verify → {1}, reject → {2}")
    @CsvSource({
            "UNVERIFIED, VERIFIED, REJECTED",
            "PENDING,    VERIFIED, REJECTED",
            "VERIFIED,   refused,  refused",
            "REJECTED,   refused,  refused",
    })
    void theOperatorDecidesVerificationOnceFromUnverifiedOrPending(VerificationStatus from, String afterVerify,
                                                                  String afterReject) {
        assertThat(outcome(from, o -> o.verify(OPERATOR, LATER))).isEqualTo(afterVerify);
        assertThat(outcome(from, o -> o.rejectVerification(OPERATOR, new DecisionReason("서류 불일치"), LATER)))
                .isEqualTo(afterReject);
    }

    @ParameterizedTest(name = "{0} asks → {1}")
    @CsvSource({"UNVERIFIED, PENDING", "PENDING, PENDING", "REJECTED, PENDING", "VERIFIED, VERIFIED"})
    void aFirmAsksForVerificationAgainOnlyWhenNotVerifiedOrAlreadyWaiting(VerificationStatus from,
                                                                       VerificationStatus to) {
        Organisation organisation = in(from);

        boolean changed = organisation.requestVerification(LATER);

        assertThat(organisation.verificationStatus()).isEqualTo(to);
        assertThat(changed).isEqualTo(from == VerificationStatus.UNVERIFIED || from == VerificationStatus.REJECTED);
    }

    @ParameterizedTest(name = "{0} cannot decide")
    @ValueSource(strings = {"owner", "designer"})
    void onlyTheOperatorDecidesVerification(String who) {
        Organisation organisation = in(VerificationStatus.PENDING);
        Actor actor = who.equals("owner") ? OWNER : user("designer", Role.DESIGNER);

        assertThatThrownBy(() -> organisation.verify(actor, LATER)).isInstanceOf(AccessDeniedException.class);
        assertThat(organisation.verificationStatus()).isEqualTo(VerificationStatus.PENDING);
    }

    @Test
    void aDecisionRecordsWhoAndWhenAndARejectionItsReason() {
        Organisation organisation = in(VerificationStatus.PENDING);

        organisation.rejectVerification(OPERATOR, new DecisionReason("  사업자등록증이 흐립니다  "), LATER);

        assertThat(organisation.verificationReason()).contains("사업자등록증이 흐립니다");
        assertThat(organisation.verificationDecidedBy()).contains("operator");
        assertThat(organisation.verificationDecidedAt()).contains(LATER);
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @ValueSource(strings = {"", "   ", "\n"})
    void aRejectionNeedsAReason(String reason) {
        assertThatThrownBy(() -> new DecisionReason(reason))
                .isInstanceOfSatisfying(InvalidOrganisationException.class, e -> {
                    assertThat(e.field()).isEqualTo("reason");
                    assertThat(e.messageKey()).isEqualTo("error.decision.reasonRequired");
                });
        assertThatThrownBy(() -> new DecisionReason("x".repeat(DecisionReason.MAX + 1)))
                .hasMessageContaining("error.decision.reasonTooLong");
    }

    // ---- the supplier profile

    @Test
    void anApprovedClaimMakesTheClaimantAnOwnerTheProfileOwnedAndTheOrganisationVerified() {
        Organisation organisation = organisation();
        joined(organisation, "claimant", OrgRole.MEMBER);
        organisation.requestVerification(T0);

        organisation.claimApproved(OPERATOR, 42, "claimant", "claimant@example.com", LATER);

        assertThat(organisation.supplierId()).contains(42L);
        assertThat(organisation.isOwner("claimant")).isTrue();
        assertThat(organisation.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(organisation.verificationDecidedBy()).contains("operator");
    }

    @Test
    void anOrganisationOwnsOneProfileAndOnlyAsASupplier() {
        Organisation organisation = organisation();
        organisation.ownNewProfile(42, T0);
        Organisation brand = Organisation.found(OrganisationKind.DESIGNER_BRAND, "브랜드", Fixtures.BRN, OWNER, T0);

        assertThatThrownBy(() -> organisation.claimApproved(OPERATOR, 43, "owner", null, LATER))
                .hasMessageContaining(OrganisationConflictException.OWNS_PROFILE);
        assertThatThrownBy(() -> brand.ownNewProfile(44, LATER))
                .hasMessageContaining(OrganisationConflictException.NOT_A_SUPPLIER);
        assertThat(organisation.supplierId()).contains(42L);
    }

    @ParameterizedTest(name = "claim rejected while {0} → {1}")
    @CsvSource({"PENDING, REJECTED", "UNVERIFIED, UNVERIFIED", "VERIFIED, VERIFIED"})
    void aRejectedClaimRefusesOnlyAVerificationThatWasWaitingForIt(VerificationStatus from, VerificationStatus to) {
        Organisation organisation = in(from);

        organisation.claimRejected(OPERATOR, new DecisionReason("번호 불일치"), LATER);

        assertThat(organisation.verificationStatus()).isEqualTo(to);
    }

    @ParameterizedTest
    @EnumSource(VerificationStatus.class)
    void organisationsAreTheSameFirmWhenTheirRegistrationNumbersAre(VerificationStatus status) {
        assertThat(in(status)).isEqualTo(organisation()).hasSameHashCodeAs(organisation());
    }

    private static String outcome(VerificationStatus from, java.util.function.Consumer<Organisation> decision) {
        Organisation organisation = in(from);
        try {
            decision.accept(organisation);
            return organisation.verificationStatus().name();
        } catch (OrganisationConflictException e) {
            assertThat(e.messageKey()).isEqualTo("error.verification.transition");
            assertThat(organisation.verificationStatus()).isEqualTo(from);
            return "refused";
        }
    }

    static Organisation in(VerificationStatus status) {
        Organisation organisation = organisation();
        switch (status) {
            case UNVERIFIED -> { }
            case PENDING -> organisation.requestVerification(T0);
            case VERIFIED -> organisation.verify(OPERATOR, T0);
            case REJECTED -> organisation.rejectVerification(OPERATOR, new DecisionReason("no"), T0);
        }
        assertThat(organisation.verificationStatus()).isEqualTo(status);
        return organisation;
    }
}
