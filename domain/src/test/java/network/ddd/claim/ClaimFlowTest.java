package network.ddd.claim;

import static network.ddd.organisation.Fixtures.OPERATOR;
import static network.ddd.organisation.Fixtures.T0;
import static network.ddd.organisation.Fixtures.user;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import network.ddd.access.AccessDeniedException;
import network.ddd.access.AccessPolicy;
import network.ddd.access.NotSignedInException;
import network.ddd.audit.AuditAction;
import network.ddd.directory.Address;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.SourceRef;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.identity.Actor;
import network.ddd.identity.OrgRole;
import network.ddd.identity.Role;
import network.ddd.organisation.Organisation;
import network.ddd.organisation.VerificationStatus;
import network.ddd.support.InMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Claim → approve / reject through the application services, on in-memory repositories. */
class ClaimFlowTest {
    static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final Actor KIM = new Actor("sub-kim", "김대표", "kim@daegu-dye.kr", java.util.Set.of());

    InMemory.Suppliers suppliers = new InMemory.Suppliers();
    InMemory.Organisations organisations = new InMemory.Organisations();
    InMemory.Claims claims = new InMemory.Claims();
    InMemory.Audit audit = new InMemory.Audit(T0);
    InMemory.Identities identities = new InMemory.Identities();
    ClaimSubmission submission = new ClaimSubmission();
    ClaimDecisions decisions = new ClaimDecisions();
    ClaimQueries queries = new ClaimQueries();
    long imported;

    @BeforeEach
    void wire() {
        AccessPolicy access = new AccessPolicy(organisations, denied -> audit.recordApart(denied.actor(),
                AuditAction.ACCESS_DENIED, denied.resource().kind().name(), denied.resource().id(), null));
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        submission.claims = claims;
        submission.suppliers = suppliers;
        submission.organisations = organisations;
        submission.ownership = organisations;
        submission.access = access;
        submission.audit = audit;
        submission.clock = clock;
        decisions.claims = claims;
        decisions.suppliers = suppliers;
        decisions.organisations = organisations;
        decisions.access = access;
        decisions.identity = identities;
        decisions.audit = audit;
        decisions.clock = clock;
        queries.claims = claims;
        queries.organisations = organisations;
        queries.access = access;
        imported = importProfile("220-81-62517");
    }

    long importProfile(String brn) {
        Supplier supplier = new Supplier(new SourceRef("kicox", brn), SupplierProfile.builder().nameKo("대구염색")
                .type(SupplierType.DYEING_FINISHING).brn(BusinessRegistrationNumber.parse(brn))
                .address(new Address("KR", null, null, "대구광역시", "서구")).build(), T0);
        suppliers.store(supplier);
        suppliers.outbox.clear();
        return supplier.id();
    }

    ClaimView claim(Actor actor, long supplierId, String brn) {
        return submission.submit(actor, new ClaimRequest(supplierId, brn, null, null, "사업자등록증.pdf", PDF));
    }

    @Test
    void aClaimFoundsAnOrganisationWaitingForVerificationWithTheClaimantAsOwner() {
        ClaimView claim = claim(KIM, imported, "220-81-62517");

        Organisation organisation = organisations.find(claim.organisationId()).orElseThrow();
        assertThat(claim.status()).isEqualTo(ClaimStatus.SUBMITTED);
        assertThat(claim.brnMatchedProfile()).isTrue();
        assertThat(organisation.name()).isEqualTo("대구염색");
        assertThat(organisation.isOwner("sub-kim")).isTrue();
        assertThat(organisation.verificationStatus()).isEqualTo(VerificationStatus.PENDING);
        assertThat(organisation.supplierId()).isEmpty();
        assertThat(claims.evidenceOf(claim.id()).orElseThrow().document().contentType()).isEqualTo("application/pdf");
        assertThat(audit.actions()).containsExactly(AuditAction.ORGANISATION_REGISTERED, AuditAction.CLAIM_SUBMITTED);
        assertThat(queries.mine(KIM)).extracting(ClaimView::id).containsExactly(claim.id());
    }

    @Test
    void approvalMakesTheFirmOwnerVerifiesItAndTheProfileAndQueuesTheProfileForSearch() {
        ClaimView submitted = claim(KIM, imported, "2208162517");
        audit.entries.clear();

        ClaimView approved = decisions.approve(OPERATOR, submitted.id());

        Organisation organisation = organisations.find(submitted.organisationId()).orElseThrow();
        assertThat(approved.status()).isEqualTo(ClaimStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("operator");
        assertThat(organisation.supplierId()).contains(imported);
        assertThat(organisation.verificationStatus()).isEqualTo(VerificationStatus.VERIFIED);
        assertThat(organisation.member("sub-kim").orElseThrow().role()).isEqualTo(OrgRole.OWNER);
        assertThat(suppliers.find(imported).orElseThrow().verified()).isTrue();
        assertThat(suppliers.outbox).containsExactly(imported);
        assertThat(identities.granted).containsEntry("sub-kim", List.of(Role.SUPPLIER));
        assertThat(audit.actions()).containsExactly(AuditAction.CLAIM_APPROVED, AuditAction.ORGANISATION_VERIFIED,
                AuditAction.ROLE_CHANGED);
    }

    @Test
    void rejectionNeedsAReasonAndRefusesTheWaitingVerification() {
        ClaimView submitted = claim(KIM, imported, "220-81-62517");

        assertThatThrownBy(() -> decisions.reject(OPERATOR, submitted.id(), " "))
                .hasMessageContaining("error.decision.reasonRequired");
        ClaimView rejected = decisions.reject(OPERATOR, submitted.id(), "사업자등록증의 상호가 다릅니다");

        Organisation organisation = organisations.find(submitted.organisationId()).orElseThrow();
        assertThat(rejected.status()).isEqualTo(ClaimStatus.REJECTED);
        assertThat(rejected.rejectionReason()).isEqualTo("사업자등록증의 상호가 다릅니다");
        assertThat(organisation.verificationStatus()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(suppliers.find(imported).orElseThrow().verified()).isFalse();
        assertThat(suppliers.outbox).isEmpty();
        assertThatThrownBy(() -> decisions.approve(OPERATOR, submitted.id()))
                .hasMessageContaining("error.claim.decided");
    }

    @Test
    void afterARejectionTheFirmMayClaimAgain() {
        ClaimView first = claim(KIM, imported, "220-81-62517");
        decisions.reject(OPERATOR, first.id(), "흐린 사본");

        ClaimView second = claim(KIM, imported, "220-81-62517");

        assertThat(second.organisationId()).isEqualTo(first.organisationId());
        assertThat(organisations.find(second.organisationId()).orElseThrow().verificationStatus())
                .isEqualTo(VerificationStatus.PENDING);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a second open claim by the same firm    | error.claim.open",
            "a claim on a profile that is owned      | error.claim.owned",
            "another user typing the same firm's BRN | error.organisation.brnTaken",
            "a number that is not the profile's      | error.claim.brnMismatch",
    })
    void claimsThatCannotBeAccepted(String what, String key) {
        ClaimView first = claim(KIM, imported, "220-81-62517");
        Actor lee = user("sub-lee", Role.DESIGNER);
        Runnable attempt = switch (key) {
            case "error.claim.open" -> () -> claim(KIM, imported, "220-81-62517");
            case "error.claim.owned" -> () -> {
                decisions.approve(OPERATOR, first.id());
                claim(lee, imported, "220-81-62517");
            };
            case "error.organisation.brnTaken" -> () -> claim(lee, importProfile("124-81-00998"), "220-81-62517");
            default -> () -> claim(lee, imported, "124-81-00998");
        };

        assertThatThrownBy(attempt::run).hasMessageContaining(key);
    }

    @Test
    void theClaimAndItsEvidenceAreForTheClaimantsMembersAndTheOperatorOnly() {
        ClaimView claim = claim(KIM, imported, "220-81-62517");
        Actor stranger = user("sub-stranger", Role.SUPPLIER);

        assertThat(queries.evidence(KIM, claim.id()).content()).isEqualTo(PDF);
        assertThat(queries.evidence(OPERATOR, claim.id()).fileName()).isEqualTo("사업자등록증.pdf");
        assertThatThrownBy(() -> queries.evidence(stranger, claim.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queries.find(Actor.ANONYMOUS, claim.id())).isInstanceOf(NotSignedInException.class);
        assertThatThrownBy(() -> decisions.approve(KIM, claim.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(audit.apart).extracting(e -> e.subjectId() + " " + e.actorSubject())
                .containsExactly(claim.id() + " sub-stranger", claim.id() + " sub-kim");
        assertThat(queries.pending(OPERATOR, 1, 20)).extracting(ClaimView::id).containsExactly(claim.id());
    }

    @Test
    void aProfileWithoutANumberIsClaimedOnEvidenceAlone() {
        Supplier bare = new Supplier(new SourceRef("osh", "KR123"), SupplierProfile.builder().nameEn("JSI Knit")
                .type(SupplierType.KNITTING).build(), T0);
        suppliers.store(bare);

        ClaimView claim = claim(KIM, bare.id(), "124-81-00998");

        assertThat(claim.brnMatchedProfile()).isFalse();
        assertThat(claim.brn()).isEqualTo("124-81-00998");
    }
}
