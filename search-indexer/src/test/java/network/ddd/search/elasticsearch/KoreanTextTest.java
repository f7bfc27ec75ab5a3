package network.ddd.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanTextTest {

    @Test
    void compoundsAreKeptAndSplitAndParticlesDropped() {
        assertThat(KoreanText.tokens("염색공장에서")).contains("염색", "공장").doesNotContain("에서");
    }

    @Test
    void hangulTypedOnAMacMatchesHangulTypedElsewhere() {
        String decomposed = Normalizer.normalize("염색 가공", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("염색 가공");
        assertThat(KoreanText.tokens(decomposed)).isEqualTo(KoreanText.tokens("염색 가공"));
    }

    @Test
    void mixedHangulLatinAndDigitsGiveTheirParts() {
        assertThat(KoreanText.tokens("면 30수")).contains("면", "30");
        assertThat(KoreanText.tokens("T/C 65/35")).contains("t", "c", "65", "35");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "S.T. 봉제 Co., Ltd.|st봉제",
            "ST 봉제|st봉제",
            "s.t 봉제|st봉제",
            "ST봉제|st봉제",
            "(주)한국천연염색|한국천연염색",
            "㈜ 한국천연염색|한국천연염색",
            "주식회사 한국천연염색|한국천연염색",
            "한국천연염색 (유)|한국천연염색",
            "Framas Korea Inc.|framaskorea",
            "ＡＢＣ 니트|abc니트",
    })
    void namesMatchWhateverTheirPunctuationSpacingAndLegalForm(String written, String key) {
        assertThat(KoreanText.compact(written)).isEqualTo(key);
    }

    @Test
    void legalFormsAreIgnoredForMatchingButANameOfOnlyALegalFormStays() {
        assertThat(KoreanText.withoutLegalForm("(주) 제이드 청포도")).isEqualTo("제이드 청포도");
        assertThat(KoreanText.withoutLegalForm("(주)")).isEqualTo("(주)");
        assertThat(KoreanText.withoutLegalForm("Companyland")).isEqualTo("Companyland");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"염색,ㅇㅅ", "염색공장,ㅇㅅㄱㅈ", "ST봉제,stㅂㅈ", "굿 유니폼,ㄱㅇㄴㅍ"})
    void initialConsonantsOfHangul(String text, String initials) {
        assertThat(KoreanText.initials(text)).isEqualTo(initials);
    }

    @Test
    void initialsOnlyQueriesAreRecognised() {
        assertThat(KoreanText.isInitialsOnly("ㅇㅅ")).isTrue();
        assertThat(KoreanText.isInitialsOnly("ㅇ ㅅ")).isTrue();
        assertThat(KoreanText.isInitialsOnly("염색")).isFalse();
        assertThat(KoreanText.isInitialsOnly("")).isFalse();
    }

    @Test
    void theTradeVocabularyLetKoreanAndEnglishMeet() {
        assertThat(KoreanText.expand(KoreanText.tokens("면 원단 염색"))).contains("cotton", "fabric", "dyeing");
        assertThat(KoreanText.expand(KoreanText.tokens("cotton knit"))).contains("면", "니트");
        assertThat(KoreanText.expand(KoreanText.tokens("나염"))).contains("printing");
    }

    @Test
    void hangulIsSpelledOutInJamoSoATypoIsOneEditAway() {
        assertThat(KoreanText.jamo("염색")).isEqualTo("ㅇㅕㅁㅅㅐㄱ");
        assertThat(KoreanText.jamo("염샥")).isEqualTo("ㅇㅕㅁㅅㅑㄱ");
        assertThat(KoreanText.jamo("T/C 면")).isEqualTo("tcㅁㅕㄴ");
    }

    @Test
    void tradeWordsSegmentAsWordsInsideLongerNames() {
        assertThat(KoreanText.tokens("한국천연염색")).contains("염색");
        assertThat(KoreanText.tokens("대구특수나염(주)")).contains("나염");
    }
}
