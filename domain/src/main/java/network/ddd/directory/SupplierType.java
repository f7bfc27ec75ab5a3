package network.ddd.directory;

import java.util.List;

/**
 * What a supplier does in the fashion chain. The search terms are the trade's own words for the type, in Korean
 * and English, indexed with every supplier so that a query such as 염색 finds dyeing houses whose own text lacks
 * the word. Display labels live in the web bundles ({@code type.CODE}).
 */
public enum SupplierType {
    FABRIC_MILL(List.of("원단", "직물", "제직", "방적", "원사", "fabric", "mill", "weaving", "spinning", "textile")),
    KNITTING(List.of("니트", "편직", "편물", "환편", "경편", "knit", "knitting", "jersey")),
    DYEING_FINISHING(List.of("염색", "가공", "후가공", "정리", "염색가공", "dyeing", "dye", "finishing", "dyehouse")),
    PRINTING(List.of("나염", "날염", "프린트", "프린팅", "염색", "printing", "print")),
    OTHER_TEXTILE(List.of("섬유", "섬유제품", "textile", "textiles")),
    SEWING(List.of("봉제", "의류", "의복", "재봉", "공장", "sewing", "garment", "apparel", "workshop")),
    KNITWEAR(List.of("니트", "니트웨어", "편조의복", "스웨터", "knitwear", "knit", "sweater")),
    ACCESSORIES(List.of("부자재", "액세서리", "악세사리", "단추", "지퍼", "라벨", "accessories", "trims", "button", "zipper")),
    LEATHER_FOOTWEAR(List.of("가죽", "피혁", "신발", "구두", "제화", "leather", "footwear", "shoes")),
    PATTERN_MAKING(List.of("패턴", "샘플", "그레이딩", "pattern", "sample", "grading")),
    DESIGNER(List.of("디자이너", "브랜드", "디자인", "designer", "brand", "design")),
    WHOLESALER(List.of("도매", "도매상", "동대문", "wholesale", "wholesaler"));

    private final List<String> searchTerms;

    SupplierType(List<String> searchTerms) {
        this.searchTerms = searchTerms;
    }

    /** The trade's words for this type, in Korean and English (not display labels). */
    public List<String> searchTerms() {
        return searchTerms;
    }

    /** Parses a type code as written in our canonical CSV and the API; case-insensitive. */
    public static SupplierType ofCode(String code) {
        if (code == null || code.isBlank()) {
            throw new InvalidSupplierException("type", "error.type.missing");
        }
        try {
            return valueOf(code.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidSupplierException("type", "error.type.unknown", code.strip());
        }
    }
}
