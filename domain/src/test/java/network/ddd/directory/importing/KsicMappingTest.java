package network.ddd.directory.importing;

import static org.assertj.core.api.Assertions.assertThat;

import network.ddd.directory.SupplierType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The KSIC (10th revision) rows of the class javadoc, with real codes of the Daegu register. */
class KsicMappingTest {

    @ParameterizedTest(name = "{0} {2} → {1}")
    @CsvSource(delimiter = '|', value = {
            "13101 | FABRIC_MILL      | 면 방적업",
            "13104 | FABRIC_MILL      | 연사 및 가공사 제조업",
            "13109 | FABRIC_MILL      | 기타 방적업",
            "13211 | FABRIC_MILL      | 면직물 직조업",
            "13213 | FABRIC_MILL      | 화학섬유직물 직조업",
            "13221 | FABRIC_MILL      | 침구 및 관련제품 제조업",
            "13229 | FABRIC_MILL      | 기타 직물제품 제조업",
            "13300 | KNITTING         | 편조원단 제조업",
            "13401 | DYEING_FINISHING | 솜 및 실 염색가공업",
            "13402 | DYEING_FINISHING | 직물, 편조원단 및 의복류 염색 가공업",
            "13403 | PRINTING         | 날염 가공업",
            "13409 | DYEING_FINISHING | 섬유제품 기타 정리 및 마무리 가공업",
            "13910 | OTHER_TEXTILE    | 카펫, 마루덮개 및 유사제품 제조업",
            "13992 | OTHER_TEXTILE    | 부직포 및 펠트 제조업",
            "13999 | OTHER_TEXTILE    | 그 외 기타 분류 안된 섬유제품 제조업",
            "14111 | SEWING           | 남자용 겉옷 제조업",
            "14112 | SEWING           | 여자용 겉옷 제조업",
            "14192 | SEWING           | 근무복, 작업복 및 유사의복 제조업",
            "14199 | SEWING           | 그 외 기타 봉제의복 제조업",
            "14200 | SEWING           | 모피제품 제조업",
            "14300 | KNITWEAR         | 편조의복 제조업",
            "14411 | ACCESSORIES      | 스타킹 및 기타 양말 제조업",
            "14491 | ACCESSORIES      | 모자 제조업",
            "14499 | ACCESSORIES      | 그 외 기타 의복액세서리 제조업",
            "15110 | LEATHER_FOOTWEAR | 모피 및 가죽 제조업",
            "15121 | LEATHER_FOOTWEAR | 핸드백 및 지갑 제조업",
            "15129 | LEATHER_FOOTWEAR | 가방 및 기타 보호용 케이스 제조업",
            "15190 | LEATHER_FOOTWEAR | 기타 가죽제품 제조업",
            "15211 | LEATHER_FOOTWEAR | 구두류 제조업",
            "15219 | LEATHER_FOOTWEAR | 기타 신발 제조업",
            "15220 | LEATHER_FOOTWEAR | 신발 부분품 제조업",
    })
    void fashionSubclassesMapToTheirSupplierType(String code, SupplierType type, String sectorName) {
        assertThat(KsicMapping.typeOf(code)).contains(type);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "131, FABRIC_MILL", "132, FABRIC_MILL", "133, KNITTING", "134, DYEING_FINISHING", "1340, DYEING_FINISHING",
            "139, OTHER_TEXTILE", "141, SEWING", "142, SEWING", "143, KNITWEAR", "144, ACCESSORIES",
            "151, LEATHER_FOOTWEAR", "1512, LEATHER_FOOTWEAR", "152, LEATHER_FOOTWEAR",
    })
    void groupAndClassCodesMapLikeTheirSubclasses(String code, SupplierType type) {
        assertThat(KsicMapping.typeOf(code)).contains(type);
    }

    /**
     * 154 is no KSIC-10 group: the register's one 15499 row is a food maker (그외기타식료품제조업) under the old
     * KSIC-9 code, as are its 15119/15132/15139 rows (meat, fruit and vegetable processing).
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "25112 | 금속 문 및 창 제조업",
            "10110 | 도축업",
            "17110 | 펄프 제조업",
            "22291 | 플라스틱 포대 제조업",
            "12000 | 담배 제조업",
            "16101 | 일반 제재업",
            "13000 | (no such group 130)",
            "14900 | (no such group 149)",
            "15499 | 그외기타식료품제조업 (KSIC-9)",
            "15119 | 기타육지동물고기가공및저장처리업 (KSIC-9)",
            "15132 | 과실가공및저장처리업 (KSIC-9)",
            "15139 | 기타채소가공및저장처리업 (KSIC-9)",
            "153   | (no such group)",
            "1513  | (no such class)",
    })
    void codesOutsideTheFashionChainMapToNothing(String code, String sectorName) {
        assertThat(KsicMapping.typeOf(code)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "13", "1", "134031", "13a03", "13-403", " 13403", "13403 ", "１３４０３", "C13403"})
    void malformedCodesMapToNothing(String code) {
        assertThat(KsicMapping.typeOf(code)).isEmpty();
    }
}
