package network.ddd.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import network.ddd.identity.Actor;
import network.ddd.identity.OrgRole;
import network.ddd.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix: every {@link AccessRule} row × every kind of caller → allowed, 401 or 403. The resource is
 * owned by organisation 10 and addressed to organisation 20. A new rule without a line here fails
 * {@link #everyRuleHasALineInTheMatrix()}.
 */
class AccessRuleMatrixTest {
    static final long OWNING_ORG = 10;
    static final long RECIPIENT_ORG = 20;
    static final long UNRELATED_ORG = 30;

    /** The kinds of caller, in the column order of {@link #MATRIX}. */
    enum Caller {
        ANONYMOUS(Actor.ANONYMOUS, Map.of()),
        DESIGNER(actor("designer", Role.DESIGNER), Map.of()),
        MEMBER_OF_OWNING_ORG(actor("member", Role.SUPPLIER), Map.of(OWNING_ORG, OrgRole.MEMBER)),
        OWNER_OF_OTHER_ORG(actor("other", Role.SUPPLIER), Map.of(UNRELATED_ORG, OrgRole.OWNER)),
        OWNER_OF_OWNING_ORG(actor("owner", Role.SUPPLIER), Map.of(OWNING_ORG, OrgRole.OWNER)),
        MEMBER_OF_RECIPIENT_ORG(actor("recipient", Role.SUPPLIER), Map.of(RECIPIENT_ORG, OrgRole.MEMBER)),
        OPERATOR(actor("operator", Role.OPERATOR), Map.of());

        final Actor actor;
        final Map<Long, OrgRole> memberships;

        Caller(Actor actor, Map<Long, OrgRole> memberships) {
            this.actor = actor;
            this.memberships = memberships;
        }
    }

    //                                                   anon   design member other  owner  recip  oper
    static final Object[][] MATRIX = {
            {AccessRule.ACCOUNT_VIEW,                    "401", "ok",  "ok",  "ok",  "ok",  "ok",  "ok"},
            {AccessRule.SUPPLIER_PROFILE_VIEW_PUBLIC,    "ok",  "ok",  "ok",  "ok",  "ok",  "ok",  "ok"},
            {AccessRule.SUPPLIER_PROFILE_VIEW_CONTACT,   "401", "ok",  "ok",  "ok",  "ok",  "ok",  "ok"},
            {AccessRule.SUPPLIER_PROFILE_EDIT,           "401", "403", "ok",  "403", "ok",  "403", "ok"},
            {AccessRule.SUPPLIER_PROFILE_CLAIM,          "401", "ok",  "ok",  "ok",  "ok",  "ok",  "ok"},
            {AccessRule.CLAIM_VIEW,                      "401", "403", "ok",  "403", "ok",  "403", "ok"},
            {AccessRule.CLAIM_LIST,                      "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.CLAIM_DECIDE,                    "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.ORGANISATION_REGISTER,           "401", "ok",  "ok",  "ok",  "ok",  "ok",  "ok"},
            {AccessRule.ORGANISATION_VIEW,               "401", "403", "ok",  "403", "ok",  "403", "ok"},
            {AccessRule.ORGANISATION_LIST,               "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.ORGANISATION_VERIFY,             "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.ORGANISATION_REQUEST_VERIFICATION, "401", "403", "403", "403", "ok", "403", "403"},
            {AccessRule.ORGANISATION_INVITE_MEMBER,      "401", "403", "403", "403", "ok",  "403", "ok"},
            {AccessRule.ORGANISATION_REMOVE_MEMBER,      "401", "403", "403", "403", "ok",  "403", "ok"},
            {AccessRule.ORGANISATION_CHANGE_MEMBER_ROLE, "401", "403", "403", "403", "ok",  "403", "ok"},
            {AccessRule.ORGANISATION_LEAVE,              "401", "403", "ok",  "403", "ok",  "403", "403"},
            {AccessRule.DIRECTORY_IMPORT,                "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.DIRECTORY_REINDEX,               "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.AUDIT_LOG_LIST,                  "401", "403", "403", "403", "403", "403", "ok"},
            {AccessRule.RFQ_CREATE,                      "401", "ok",  "403", "403", "403", "403", "403"},
            {AccessRule.RFQ_VIEW,                        "401", "403", "ok",  "403", "ok",  "ok",  "403"},
            {AccessRule.QUOTE_VIEW,                      "401", "403", "ok",  "403", "ok",  "ok",  "403"},
    };

    static Actor actor(String subject, Role role) {
        return new Actor(subject, subject, subject + "@example.com", Set.of(role));
    }

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Object[] row : MATRIX) {
            for (Caller caller : Caller.values()) {
                cells.add(Arguments.of(row[0], caller, row[caller.ordinal() + 1]));
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cells")
    void eachRuleAllowsExactlyTheCallersOfItsRow(AccessRule rule, Caller caller, String expected) {
        List<AccessDenied> audited = new ArrayList<>();
        AccessPolicy policy = new AccessPolicy(subject -> new Memberships(membershipsOf(subject)), audited::add);
        Resource resource = new Resource(rule.kind(), "1", OWNING_ORG, Set.of(RECIPIENT_ORG));

        Throwable refusal = catchThrowable(() -> policy.check(caller.actor, rule.action(), resource));

        assertThat(outcome(refusal)).isEqualTo(expected);
        assertThat(policy.allows(caller.actor, rule.action(), resource)).isEqualTo(expected.equals("ok"));
        assertThat(audited).hasSize(expected.equals("403") ? 1 : 0);
    }

    private static Map<Long, OrgRole> membershipsOf(String subject) {
        return Arrays.stream(Caller.values()).filter(c -> subject.equals(c.actor.subject())).findFirst()
                .map(c -> c.memberships).orElse(Map.of());
    }

    private static String outcome(Throwable refusal) {
        if (refusal == null) {
            return "ok";
        }
        if (refusal instanceof NotSignedInException e) {
            assertThat(e.messageKey()).isEqualTo("error.access.signInNeeded");
            return "401";
        }
        assertThat(refusal).isExactlyInstanceOf(AccessDeniedException.class);
        assertThat(((AccessDeniedException) refusal).messageKey()).isEqualTo("error.access.denied");
        return "403";
    }

    @Test
    void everyRuleHasALineInTheMatrix() {
        assertThat(Arrays.stream(MATRIX).map(row -> (AccessRule) row[0]))
                .containsExactlyInAnyOrder(AccessRule.values());
    }

    @Test
    void everyKindAndActionHasAtMostOneRule() {
        Map<ResourceKind, Map<Action, AccessRule>> seen = new EnumMap<>(ResourceKind.class);
        for (AccessRule rule : AccessRule.values()) {
            assertThat(seen.computeIfAbsent(rule.kind(), k -> new EnumMap<>(Action.class)).put(rule.action(), rule))
                    .as("second rule for %s %s", rule.kind(), rule.action()).isNull();
            assertThat(AccessRule.of(rule.kind(), rule.action())).contains(rule);
        }
    }

    @Test
    void anActionWithoutARuleFailsClosedAndLoudly() {
        AccessPolicy policy = new AccessPolicy(subject -> Memberships.NONE, denied -> { });

        assertThatThrownBy(() -> policy.allows(Caller.OPERATOR.actor, Action.EDIT, Resource.auditLog()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("No access rule for EDIT on AUDIT_LOG");
    }

    @Test
    void membershipsAreLookedUpOnlyForRulesThatDependOnThem() {
        List<String> lookups = new ArrayList<>();
        AccessPolicy policy = new AccessPolicy(subject -> {
            lookups.add(subject);
            return Memberships.NONE;
        }, denied -> { });

        policy.allows(Caller.DESIGNER.actor, Action.VIEW_CONTACT, Resource.supplierProfile(1, OWNING_ORG));
        policy.allows(Caller.ANONYMOUS.actor, Action.EDIT, Resource.supplierProfile(1, OWNING_ORG));
        assertThat(lookups).isEmpty();

        policy.allows(Caller.DESIGNER.actor, Action.EDIT, Resource.supplierProfile(1, OWNING_ORG));
        assertThat(lookups).containsExactly("designer");
    }

    @Test
    void anUnclaimedProfileIsEditedByTheOperatorOnly() {
        AccessPolicy policy = new AccessPolicy(subject -> new Memberships(membershipsOf(subject)), denied -> { });
        Resource unclaimed = Resource.supplierProfile(7, null);

        assertThat(Arrays.stream(Caller.values()).filter(c -> policy.allows(c.actor, Action.EDIT, unclaimed)))
                .containsExactly(Caller.OPERATOR);
    }

    @Test
    void aCompetingSupplierNeverSeesAQuoteEvenWhenItGotTheSameRfq() {
        long quotingSupplier = 10;
        long rfqIssuer = 50;
        long competitor = 20; // was sent the same RFQ
        AccessPolicy policy = new AccessPolicy(subject -> new Memberships(Map.of(
                switch (subject) {
                    case "quoting" -> quotingSupplier;
                    case "issuer" -> rfqIssuer;
                    default -> competitor;
                }, OrgRole.MEMBER)), denied -> { });
        Resource quote = Resource.quote(3, quotingSupplier, rfqIssuer);
        Resource rfq = Resource.rfq(4L, rfqIssuer, Set.of(quotingSupplier, competitor));

        assertThat(policy.allows(actor("quoting", Role.SUPPLIER), Action.VIEW, quote)).isTrue();
        assertThat(policy.allows(actor("issuer", Role.DESIGNER), Action.VIEW, quote)).isTrue();
        assertThat(policy.allows(actor("competitor", Role.SUPPLIER), Action.VIEW, quote)).isFalse();
        assertThat(policy.allows(actor("competitor", Role.SUPPLIER), Action.VIEW, rfq)).isTrue();
    }
}
