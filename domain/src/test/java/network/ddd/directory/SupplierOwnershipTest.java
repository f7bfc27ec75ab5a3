package network.ddd.directory;

import static network.ddd.directory.SupplierProfiles.aDyeHouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules for profiles that a firm owns: verification, the locked registration number, stale edits. */
class SupplierOwnershipTest {
    static final Instant CREATED = Instant.parse("2026-08-01T00:00:00Z");
    static final Instant LATER = CREATED.plusSeconds(60);

    @ParameterizedTest(name = "verified before: {0}")
    @ValueSource(booleans = {false, true})
    void markingVerifiedChangesTheSupplierOnce(boolean before) {
        Supplier supplier = new Supplier(new SourceRef("kicox", "c1"), aDyeHouse().build(), CREATED);
        if (before) {
            supplier.markVerified(CREATED);
        }

        boolean changed = supplier.markVerified(LATER);

        assertThat(changed).isEqualTo(!before);
        assertThat(supplier.verified()).isTrue();
        assertThat(supplier.updatedAt()).isEqualTo(before ? CREATED : LATER);
    }

    @org.junit.jupiter.api.Test
    void theOwnerMayGiveANumberToAProfileThatHasNone() {
        Supplier supplier = new Supplier(new SourceRef("kicox", "c1"), aDyeHouse().brn(null).build(), CREATED);
        SupplierProfile edited = aDyeHouse().brn(BusinessRegistrationNumber.parse("124-81-00998")).build();

        supplier.editByOwner(edited, LATER);

        assertThat(supplier.profile().brn().formatted()).isEqualTo("124-81-00998");
    }

    @ParameterizedTest(name = "verified {0}, BRN {1} → {2}")
    @CsvSource({
            "true,  220-81-62517, ok",
            "true,  124-81-00998, error.supplier.brnLocked",
            "true,  '',           error.supplier.brnLocked",
            "false, 220-81-62517, ok",
            "false, 124-81-00998, error.supplier.brnLocked",
            "false, '',           error.supplier.brnLocked",
    })
    void theOwnerCannotChangeTheRegistrationNumberOfAProfile(boolean verified, String brn, String expected) {
        Supplier supplier = new Supplier(new SourceRef("kicox", "c1"), aDyeHouse().build(), CREATED);
        if (verified) {
            supplier.markVerified(CREATED);
        }
        SupplierProfile edited = aDyeHouse().brn(BusinessRegistrationNumber.parse(brn)).leadTimeDays(7).build();

        String outcome;
        try {
            supplier.editByOwner(edited, LATER);
            outcome = "ok";
            assertThat(supplier.profile()).isEqualTo(edited);
        } catch (InvalidSupplierException e) {
            outcome = e.messageKey();
            assertThat(e.field()).isEqualTo("brn");
            assertThat(supplier.profile().leadTimeDays()).isEqualTo(14);
        }
        assertThat(outcome).isEqualTo(expected);
    }

    @ParameterizedTest(name = "expected version {0}")
    @ValueSource(longs = {-1, 1, 7})
    void anEditFromAnotherVersionIsAConflict(long expected) {
        Supplier supplier = new Supplier(new SourceRef("kicox", "c1"), aDyeHouse().build(), CREATED);

        supplier.requireVersion(0);
        assertThatThrownBy(() -> supplier.requireVersion(expected))
                .isInstanceOfSatisfying(SupplierChangedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.supplier.changedMeanwhile");
                    assertThat(e.args()).containsExactly("null", expected, 0L);
                });
    }
}
