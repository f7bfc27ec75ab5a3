package network.ddd.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ContactTest {
    @ParameterizedTest(name = "{0} → tel:{1}")
    @CsvSource({
            "053-123-4567, 0531234567",
            "02 2233 4455, 0222334455",
            "(053) 123-4567, 0531234567",
            "010.9876.5432, 01098765432",
            "+82 53-123-4567, +82531234567",
            "15881234, 15881234"})
    void telephoneNumbersAreKeptAsTypedAndDialledAsDigits(String typed, String digits) {
        Contact contact = new Contact(null, typed, null, null);

        assertThat(contact.phone()).isEqualTo(typed.strip());
        assertThat(contact.phoneDigits()).isEqualTo(digits);
    }

    @ParameterizedTest(name = "{0} is no telephone number")
    @CsvSource({"123", "전화 주세요", "053-123-4567 내선 2", "1234567890123456", "javascript:alert(1)"})
    void somethingElseIsRefusedNamingTheField(String typed) {
        assertThatThrownBy(() -> new Contact(null, typed, null, null))
                .isInstanceOfSatisfying(InvalidSupplierException.class,
                        e -> assertThat(e.field()).isEqualTo("contact_phone"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "daegu-dye.co.kr, https://daegu-dye.co.kr",
            "http://daegu-dye.co.kr/about, http://daegu-dye.co.kr/about",
            "https://smartstore.naver.com/jade, https://smartstore.naver.com/jade"})
    void aWebSiteGetsHttpsWhenTypedWithoutIt(String typed, String kept) {
        assertThat(new Contact(null, null, null, typed).website()).isEqualTo(kept);
    }

    @ParameterizedTest(name = "{0} is no web site")
    @CsvSource({"javascript:alert(1)//x.com", "ftp://files.example.com", "localhost", "https://", "data:text/html,x"})
    void onlyHttpLinksToAHostAreKept(String typed) {
        assertThatThrownBy(() -> new Contact(null, null, null, typed))
                .isInstanceOfSatisfying(InvalidSupplierException.class,
                        e -> assertThat(e.field()).isEqualTo("contact_website"));
    }

    @Test
    void anEmailAddressIsLowerCasedAndChecked() {
        assertThat(new Contact(null, null, " Sales@Jade.CO.KR ", null).email()).isEqualTo("sales@jade.co.kr");
        assertThatThrownBy(() -> new Contact(null, null, "sales at jade", null))
                .isInstanceOfSatisfying(InvalidSupplierException.class,
                        e -> assertThat(e.field()).isEqualTo("contact_email"));
    }

    @Test
    void blankFieldsAreAbsent() {
        Contact contact = new Contact("  ", "", null, " ");

        assertThat(contact).isEqualTo(Contact.NONE);
        assertThat(contact.isEmpty()).isTrue();
    }

    @Test
    void aContactChangeMakesTheProfileMaintainedOnThePlatform() {
        Instant now = Instant.parse("2026-12-03T00:00:00Z");
        Supplier supplier = new Supplier(new SourceRef("kicox", "c1"), SupplierProfiles.aDyeHouse().build(), now);

        assertThat(supplier.changeContact(new Contact("김영희", "053-123-4567", null, null), now)).isTrue();
        assertThat(supplier.changeContact(new Contact("김영희", "053-123-4567", null, null), now)).isFalse();

        assertThat(supplier.contact().person()).isEqualTo("김영희");
        assertThat(supplier.maintainedOnPlatform()).isTrue();
    }
}
