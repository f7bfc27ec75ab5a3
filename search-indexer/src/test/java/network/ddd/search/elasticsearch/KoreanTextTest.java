package network.ddd.search.elasticsearch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KoreanTextTest {
    /** The real KICOX register (all sectors) of ../shared/data, found walking up from the working directory. */
    private static Path register() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/data/kicox-daegu-factories.csv");
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        Assumptions.abort("shared data not found (../shared/data/kicox-daegu-factories.csv)");
        return null;
    }

    /**
     * Every word of a document is found by typing that word alone: the text is analysed word by word (Nori
     * analysing a whole sentence lets a neighbouring word change how 대구광역시 is split, so the query 대구광역시
     * would miss a document holding it). Checked on every field of the real register.
     */
    @Test
    void aWordOfAnyTextHasTheTokensItHasAlone() throws IOException {
        List<String> lines = Files.readAllLines(register(), StandardCharsets.UTF_8);
        assertThat(lines).hasSizeGreaterThan(1000);
        int words = 0;
        for (String line : lines.subList(1, lines.size())) {
            for (String text : line.replace("\"", "").split(",")) {
                Set<String> tokens = KoreanText.tokens(text);
                for (String word : KoreanText.normalize(text).strip().split("\\s+")) {
                    if (!word.isEmpty()) {
                        assertThat(tokens).as(text).containsAll(KoreanText.analyse(word));
                        words++;
                    }
                }
            }
        }
        assertThat(words).isGreaterThan(50_000);
        assertThat(KoreanText.tokens("대구광역시 달성군 논공읍 논공로 242")).containsAll(KoreanText.tokens("대구광역시"));
    }

    /** The fast paths of compact and withoutLegalForm give what the plain regular expressions give, on real data. */
    @Test
    void fastLegalFormAndCompactMatchTheRegularExpressions() throws IOException {
        int texts = 0;
        for (String line : Files.readAllLines(register(), StandardCharsets.UTF_8)) {
            for (String text : line.replace("\"", "").split(",")) {
                String normalized = KoreanText.normalize(text);
                String stripped = KoreanText.LEGAL_FORMS.matcher(normalized).replaceAll(" ")
                        .replaceAll("[\\s,]+", " ").strip();
                String expected = stripped.isEmpty() ? normalized.strip() : stripped;
                assertThat(KoreanText.withoutLegalForm(text)).as(text).isEqualTo(expected);
                assertThat(KoreanText.compact(text)).as(text)
                        .isEqualTo(expected.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", ""));
                texts++;
            }
        }
        assertThat(texts).isGreaterThan(100_000);
        for (String name : List.of("S.T. 봉제 Co., Ltd.", "(주)한국천연염색", "㈜ 한국", "한국 (유)", "농업회사법인 다온",
                "Framas Korea Inc.", "ＡＢＣ 니트", "제이드,  청포도", "Ⅱ 섬유 ①")) {
            String normalized = KoreanText.normalize(name);
            String stripped = KoreanText.LEGAL_FORMS.matcher(normalized).replaceAll(" ").replaceAll("[\\s,]+", " ")
                    .strip();
            assertThat(KoreanText.withoutLegalForm(name)).as(name)
                    .isEqualTo(stripped.isEmpty() ? normalized.strip() : stripped);
        }
    }

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
