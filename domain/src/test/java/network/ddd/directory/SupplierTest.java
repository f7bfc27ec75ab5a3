package network.ddd.directory;

import static network.ddd.directory.SupplierProfiles.aDyeHouse;
import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SupplierTest {
    private static final SourceRef KICOX_C0584 = new SourceRef("kicox", "c0584");
    private static final Instant CREATED = Instant.parse("2026-08-01T00:00:00Z");
    private static final Instant LATER = CREATED.plus(Duration.ofDays(3));

    @Test
    void aNewSupplierHoldsItsProfileAndCreationTime() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);

        assertThat(supplier.origin()).isEqualTo(KICOX_C0584);
        assertThat(supplier.profile()).isEqualTo(aDyeHouse().build());
        assertThat(supplier.createdAt()).isEqualTo(CREATED);
        assertThat(supplier.updatedAt()).isEqualTo(CREATED);
        assertThat(supplier.verified()).isFalse();
    }

    @Test
    void aProfileWithoutOptionalValuesComesBackUnchanged() {
        SupplierProfile sparse = SupplierProfile.builder().nameEn("JSI").type(SupplierType.SEWING).build();

        assertThat(new Supplier(KICOX_C0584, sparse, CREATED).profile()).isEqualTo(sparse);
    }

    @Test
    void revisingWithAnIdenticalProfileChangesNothing() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);

        Supplier.SourceRevision revision = supplier.reviseFromSource(aDyeHouse().build(), LATER);

        assertThat(revision).isEqualTo(Supplier.SourceRevision.UNCHANGED);
        assertThat(supplier.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void revisingWithTheSameDataWrittenDifferentlyChangesNothing() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);

        Supplier.SourceRevision revision = supplier.reviseFromSource(aDyeHouse()
                .nameKo(Normalizer.normalize(" 대구염색 ", Normalizer.Form.NFD))
                .workforce(Workforce.parse("19"))
                .build(), LATER);

        assertThat(revision).isEqualTo(Supplier.SourceRevision.UNCHANGED);
        assertThat(supplier.updatedAt()).isEqualTo(CREATED);
    }

    @Test
    void revisingWithAChangedProfileTakesItAndRecordsWhen() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);
        SupplierProfile moved = aDyeHouse()
                .address(new Address("KR", "대구광역시 달서구 성서로 1", null, "대구광역시", "달서구"))
                .workforce(new Workforce(55, null))
                .build();

        Supplier.SourceRevision revision = supplier.reviseFromSource(moved, LATER);

        assertThat(revision).isEqualTo(Supplier.SourceRevision.UPDATED);
        assertThat(supplier.profile()).isEqualTo(moved);
        assertThat(supplier.profile().address().district()).isEqualTo("달서구");
        assertThat(supplier.profile().workforce().band()).isEqualTo("50~99명");
        assertThat(supplier.updatedAt()).isEqualTo(LATER);
        assertThat(supplier.createdAt()).isEqualTo(CREATED);
    }

    @Test
    void aProfileEditedOnThePlatformIsKeptWhenItsRegisterIsImportedAgain() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);
        SupplierProfile byTheFirm = aDyeHouse().moq("원단 300야드부터").build();
        supplier.edit(byTheFirm, LATER);

        Supplier.SourceRevision revision = supplier.reviseFromSource(aDyeHouse().build(), LATER.plusSeconds(60));

        assertThat(revision).isEqualTo(Supplier.SourceRevision.KEPT);
        assertThat(supplier.profile()).isEqualTo(byTheFirm);
        assertThat(supplier.updatedAt()).isEqualTo(LATER);
        assertThat(supplier.editedAt()).isEqualTo(LATER);
        assertThat(supplier.maintainedOnPlatform()).isTrue();
    }

    @Test
    void aVerifiedProfileIsKeptWhenItsRegisterIsImportedAgain() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);
        supplier.markVerified(LATER);
        SupplierProfile moved = aDyeHouse()
                .address(new Address("KR", "대구광역시 달서구 성서로 1", null, "대구광역시", "달서구")).build();

        assertThat(supplier.reviseFromSource(moved, LATER)).isEqualTo(Supplier.SourceRevision.KEPT);
        assertThat(supplier.profile()).isEqualTo(aDyeHouse().build());
    }

    @Test
    void anEditThatChangesNothingDoesNotTakeTheProfileFromItsRegister() {
        Supplier supplier = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);

        assertThat(supplier.edit(aDyeHouse().build(), LATER)).isFalse();

        assertThat(supplier.editedAt()).isNull();
        assertThat(supplier.maintainedOnPlatform()).isFalse();
    }

    @Test
    void suppliersAreTheSameWhenTheyComeFromTheSameSourceRecord() {
        Supplier original = new Supplier(KICOX_C0584, aDyeHouse().build(), CREATED);
        Supplier reimported = new Supplier(new SourceRef("kicox", "c0584"),
                aDyeHouse().nameKo("(주) 제이드 청포도").type(SupplierType.SEWING).build(), LATER);

        assertThat(reimported).isEqualTo(original).hasSameHashCodeAs(original);
        assertThat(new Supplier(new SourceRef("kicox", "c0585"), aDyeHouse().build(), CREATED))
                .isNotEqualTo(original);
        assertThat(new Supplier(new SourceRef("ddd", "c0584"), aDyeHouse().build(), CREATED))
                .isNotEqualTo(original);
    }
}
