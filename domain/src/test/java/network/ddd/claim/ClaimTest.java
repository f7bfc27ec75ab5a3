package network.ddd.claim;

import static network.ddd.organisation.Fixtures.OPERATOR;
import static network.ddd.organisation.Fixtures.T0;
import static network.ddd.organisation.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.Consumer;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.NotSignedInException;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.InvalidSupplierException;
import network.ddd.identity.Actor;
import network.ddd.identity.Role;
import network.ddd.organisation.DecisionReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimTest {
    static final Actor CLAIMANT = user("claimant", Role.SUPPLIER);
    static final BusinessRegistrationNumber PROFILE_BRN = BusinessRegistrationNumber.parse("220-81-62517");
    static final Instant LATER = T0.plusSeconds(3600);

    // ---- registration number

    @ParameterizedTest(name = "profile {0}, typed {1} → {2}")
    @CsvSource({
            "220-81-62517, 220-81-62517, SUBMITTED",
            "220-81-62517, 2208162517,   SUBMITTED",
            "220-81-62517, 124-81-00998, error.claim.brnMismatch",
            "'',           124-81-00998, SUBMITTED",
            "'',           220-81-62517, SUBMITTED",
    })
    void theTypedNumberMustBeTheProfilesWhenTheProfileHasOne(String profile, String typed, String expected) {
        String outcome;
        try {
            Claim claim = Claim.submit(42, BusinessRegistrationNumber.parse(profile), 10, CLAIMANT,
                    BusinessRegistrationNumber.parse(typed), T0);
            outcome = claim.status().name();
            assertThat(claim.brnMatchedProfile()).isEqualTo(!profile.isEmpty());
            assertThat(claim.brn()).isEqualTo(BusinessRegistrationNumber.parse(typed));
        } catch (BrnMismatchException e) {
            assertThat(e.field()).isEqualTo("brn");
            outcome = e.messageKey();
        }
        assertThat(outcome).isEqualTo(expected);
    }

    @ParameterizedTest(name = "typed {0} → {1}")
    @CsvSource({"220-81-62518, error.brn.checkDigit", "220-81-6251, error.brn.format"})
    void theTypedNumberMustPassItsCheckDigit(String typed, String key) {
        assertThatThrownBy(() -> Claim.submit(42, PROFILE_BRN, 10, CLAIMANT, BusinessRegistrationNumber.parse(typed),
                T0)).isInstanceOfSatisfying(InvalidSupplierException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(key));
    }

    @Test
    void aClaimNeedsSomeoneSignedIn() {
        assertThatThrownBy(() -> Claim.submit(42, PROFILE_BRN, 10, Actor.ANONYMOUS, PROFILE_BRN, T0))
                .isInstanceOf(NotSignedInException.class);
    }

    @Test
    void aNewClaimRecordsWhoClaimedForWhichOrganisation() {
        Claim claim = submitted();

        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.claimantSubject()).isEqualTo("claimant");
        assertThat(claim.claimantEmail()).isEqualTo("claimant@example.com");
        assertThat(claim.organisationId()).isEqualTo(10);
        assertThat(claim.supplierId()).isEqualTo(42);
        assertThat(claim.submittedAt()).isEqualTo(T0);
        assertThat(claim.decidedAt()).isEmpty();
    }

    // ---- state machine

    @ParameterizedTest(name = "{0}: approve → {1}, reject → {2}")
    @CsvSource({
            "SUBMITTED, APPROVED, REJECTED",
            "APPROVED,  refused,  refused",
            "REJECTED,  refused,  refused",
    })
    void aClaimIsDecidedOnceFromSubmitted(ClaimStatus from, String afterApprove, String afterReject) {
        assertThat(outcome(from, c -> c.approve(OPERATOR, LATER))).isEqualTo(afterApprove);
        assertThat(outcome(from, c -> c.reject(OPERATOR, new DecisionReason("증빙 부족"), LATER)))
                .isEqualTo(afterReject);
    }

    @ParameterizedTest(name = "a {0} cannot decide")
    @ValueSource(strings = {"claimant", "designer", "supplier"})
    void onlyTheOperatorDecidesAClaim(String who) {
        Claim claim = submitted();
        Actor actor = who.equals("claimant") ? CLAIMANT
                : user(who, who.equals("designer") ? Role.DESIGNER : Role.SUPPLIER);

        assertThatThrownBy(() -> claim.approve(actor, LATER)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> claim.reject(actor, new DecisionReason("no"), LATER))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
    }

    @Test
    void aRejectionKeepsItsReasonAndWhoDecidedWhen() {
        Claim claim = submitted();

        claim.reject(OPERATOR, new DecisionReason("사업자등록증의 상호가 다릅니다"), LATER);

        assertThat(claim.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(claim.rejectionReason()).contains("사업자등록증의 상호가 다릅니다");
        assertThat(claim.decidedBy()).contains("operator");
        assertThat(claim.decidedAt()).contains(LATER);
    }

    @Test
    void anApprovalHasNoReason() {
        Claim claim = submitted();

        claim.approve(OPERATOR, LATER);

        assertThat(claim.rejectionReason()).isEmpty();
        assertThat(claim.decidedAt()).contains(LATER);
    }

    @ParameterizedTest
    @EnumSource(ClaimStatus.class)
    void onlyASubmittedClaimIsOpen(ClaimStatus status) {
        assertThat(status.isOpen()).isEqualTo(status == ClaimStatus.SUBMITTED);
    }

    private static Claim submitted() {
        return Claim.submit(42, PROFILE_BRN, 10, CLAIMANT, PROFILE_BRN, T0);
    }

    private static String outcome(ClaimStatus from, Consumer<Claim> decision) {
        Claim claim = submitted();
        switch (from) {
            case SUBMITTED -> { }
            case APPROVED -> claim.approve(OPERATOR, T0);
            case REJECTED -> claim.reject(OPERATOR, new DecisionReason("no"), T0);
        }
        try {
            decision.accept(claim);
            return claim.status().name();
        } catch (ClaimConflictException e) {
            assertThat(e.messageKey()).isEqualTo("error.claim.decided");
            assertThat(claim.status()).isEqualTo(from);
            return "refused";
        }
    }
}
