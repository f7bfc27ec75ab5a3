package network.ddd.directory;

import static network.ddd.directory.SupplierProfiles.aDyeHouse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class SupplierProfileTest {

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    static Stream<Arguments> blankNames() {
        return Stream.of(
                arguments(null, null),
                arguments("", ""),
                arguments("   ", "\t"),
                arguments("\r\n", null),
                arguments("\uFEFF", null),
                arguments("\u00A0", null),
                arguments("\u3000", "\u00A0 \u2007"));
    }

    @ParameterizedTest(name = "ko=\"{0}\", en=\"{1}\"")
    @MethodSource("blankNames")
    void aSupplierNeedsAName(String nameKo, String nameEn) {
        assertThatThrownBy(() -> aDyeHouse().nameKo(nameKo).nameEn(nameEn).build())
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("error.name.missing");
                });
    }

    @ParameterizedTest(name = "ko={0}, en={1} → shown as {2}")
    @CsvSource(value = {"대구염색, Daegu Dyeing, 대구염색", "NULL, Daegu Dyeing, Daegu Dyeing", "대구염색, NULL, 대구염색"},
            nullValues = "NULL")
    void eitherNameIsEnoughAndKoreanIsShownFirst(String nameKo, String nameEn, String shown) {
        assertThat(aDyeHouse().nameKo(nameKo).nameEn(nameEn).build().displayName()).isEqualTo(shown);
    }

    @Test
    void aNameLongerThanTheLimitIsRejected() {
        assertThat(aDyeHouse().nameEn("x".repeat(SupplierProfile.MAX_NAME)).build().nameEn()).hasSize(300);
        assertThatThrownBy(() -> aDyeHouse().nameEn("x".repeat(SupplierProfile.MAX_NAME + 1)).build())
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> {
                    assertThat(e.field()).isEqualTo("name");
                    assertThat(e.messageKey()).isEqualTo("error.name.tooLong");
                });
    }

    @Test
    void aSupplierNeedsAType() {
        assertThatThrownBy(() -> aDyeHouse().type(null).build())
                .isInstanceOfSatisfying(InvalidSupplierException.class, e -> assertThat(e.field()).isEqualTo("type"));
    }

    @Test
    void decomposedHangulIsStoredComposed() {
        String decomposed = nfd("대구염색");
        assertThat(decomposed).hasSize(10).isNotEqualTo("대구염색");

        SupplierProfile profile = aDyeHouse()
                .nameKo(decomposed)
                .processes(List.of(nfd("염색"), nfd("후가공")))
                .address(new Address("KR", nfd("대구광역시 서구 염색공단중앙로 89"), null, nfd("대구광역시"), nfd("서구")))
                .build();

        assertThat(profile.nameKo()).isEqualTo("대구염색").hasSize(4);
        assertThat(profile.processes()).containsExactly("염색", "후가공");
        assertThat(profile.address().region()).isEqualTo("대구광역시");
        assertThat(profile.address().district()).isEqualTo("서구");
        assertThat(profile).isEqualTo(aDyeHouse().build());
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"  대구 염색  ", "대구\n염색", "대구\t염색", "대구 \r\n 염색", "대구\u0000염색", "\uFEFF대구 염색",
            "대구\u00A0염색", "대구\u3000염색", "대구\u00A0\u00A0 염색\u00A0"})
    void namesAreTrimmedAndAnyRunOfSpaceOrControlCharactersIsOneSpace(String written) {
        assertThat(aDyeHouse().nameKo(written).build().nameKo()).isEqualTo("대구 염색");
    }

    @Test
    void listsAreCleanedDedupedAndKeepTheirOrder() {
        SupplierProfile profile = aDyeHouse()
                .aliases(Arrays.asList(" 대구염색공장 ", null, "", "Daegu  Dyeing", "대구염색공장", nfd("대구염색공장"), "  "))
                .processes(Arrays.asList("후가공", "염색", "후가공 "))
                .products(null)
                .certifications(List.of())
                .build();

        assertThat(profile.aliases()).containsExactly("대구염색공장", "Daegu Dyeing");
        assertThat(profile.processes()).containsExactly("후가공", "염색");
        assertThat(profile.products()).isEmpty();
        assertThat(profile.certifications()).isEmpty();
    }

    @Test
    void listsCannotBeChangedFromOutside() {
        List<String> processes = new ArrayList<>(List.of("염색"));
        SupplierProfile profile = aDyeHouse().processes(processes).build();

        processes.add("날염");

        assertThat(profile.processes()).containsExactly("염색");
        assertThatThrownBy(() -> profile.processes().add("날염")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void leftOutValuesHaveSafeDefaults() {
        SupplierProfile profile = SupplierProfile.builder().nameKo("대구염색").type(SupplierType.DYEING_FINISHING)
                .workforce(null).address(null).build();

        assertThat(profile.workforce()).isEqualTo(Workforce.UNKNOWN);
        assertThat(profile.address()).isEqualTo(Address.NONE);
        assertThat(profile.address().country()).isEqualTo("KR");
        assertThat(profile.aliases()).isEmpty();
        assertThat(profile.brn()).isNull();
        assertThat(profile.location()).isNull();
    }

    @ParameterizedTest(name = "{0} days")
    @ValueSource(ints = {0, 1, 14, 3650})
    void aLeadTimeUpToTenYearsIsAccepted(int days) {
        assertThat(aDyeHouse().leadTimeDays(days).build().leadTimeDays()).isEqualTo(days);
    }

    @ParameterizedTest(name = "{0} days")
    @ValueSource(ints = {-1, 3651, Integer.MAX_VALUE})
    void aLeadTimeOutOfRangeIsRejected(int days) {
        assertThatThrownBy(() -> aDyeHouse().leadTimeDays(days).build())
                .isInstanceOfSatisfying(InvalidSupplierException.class,
                        e -> assertThat(e.field()).isEqualTo("lead_time_days"));
    }

    @Test
    void profilesWrittenDifferentlyButMeaningTheSameAreEqual() {
        SupplierProfile tidy = aDyeHouse().build();
        SupplierProfile messy = aDyeHouse()
                .nameKo(" " + nfd("대구염색") + "\n")
                .moq(" 500m ")
                .processes(List.of("염색", " 염색", "후가공"))
                .workforce(new Workforce(19, "10~49명"))
                .build();

        assertThat(messy).isEqualTo(tidy).hasSameHashCodeAs(tidy);
        assertThat(aDyeHouse().moq("1000m").build()).isNotEqualTo(tidy);
    }
}
