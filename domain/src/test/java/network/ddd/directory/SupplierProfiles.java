package network.ddd.directory;

import java.util.List;

/** Test fixtures: a valid, fully filled profile to vary one field at a time. */
final class SupplierProfiles {
    private SupplierProfiles() {
    }

    static SupplierProfile.Builder aDyeHouse() {
        return SupplierProfile.builder()
                .nameKo("대구염색")
                .nameEn("Daegu Dyeing")
                .aliases(List.of("대구 염색공장"))
                .type(SupplierType.DYEING_FINISHING)
                .brn(BusinessRegistrationNumber.parse("220-81-62517"))
                .processes(List.of("염색", "후가공"))
                .products(List.of("면직물"))
                .certifications(List.of("OEKO-TEX"))
                .workforce(new Workforce(19, null))
                .moq("500m")
                .leadTimeDays(14)
                .address(new Address("KR", "대구광역시 서구 염색공단중앙로 89", null, "대구광역시", "서구"))
                .location(new GeoPoint(35.8889, 128.5614));
    }
}
