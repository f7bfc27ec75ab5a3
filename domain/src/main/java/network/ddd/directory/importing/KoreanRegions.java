package network.ddd.directory.importing;

import java.util.LinkedHashMap;
import java.util.Map;

/** The 17 시/도 by their ISO 3166-2:KR code and their short and long written forms. */
final class KoreanRegions {
    private static final Map<String, String> BY_ISO = new LinkedHashMap<>();
    private static final Map<String, String> BY_NAME = new LinkedHashMap<>();

    static {
        region("KR-11", "서울특별시", "서울", "서울시");
        region("KR-26", "부산광역시", "부산", "부산시");
        region("KR-27", "대구광역시", "대구", "대구시");
        region("KR-28", "인천광역시", "인천", "인천시");
        region("KR-29", "광주광역시", "광주", "광주시");
        region("KR-30", "대전광역시", "대전", "대전시");
        region("KR-31", "울산광역시", "울산", "울산시");
        region("KR-50", "세종특별자치시", "세종", "세종시");
        region("KR-41", "경기도", "경기");
        region("KR-42", "강원특별자치도", "강원", "강원도");
        region("KR-51", "강원특별자치도");
        region("KR-43", "충청북도", "충북");
        region("KR-44", "충청남도", "충남");
        region("KR-45", "전북특별자치도", "전북", "전라북도");
        region("KR-52", "전북특별자치도");
        region("KR-46", "전라남도", "전남");
        region("KR-47", "경상북도", "경북");
        region("KR-48", "경상남도", "경남");
        region("KR-49", "제주특별자치도", "제주", "제주도");
    }

    private KoreanRegions() {
    }

    private static void region(String iso, String name, String... aliases) {
        BY_ISO.put(iso, name);
        BY_NAME.put(name, name);
        for (String alias : aliases) {
            BY_NAME.put(alias, name);
        }
    }

    static String ofIso(String iso) {
        return iso == null ? null : BY_ISO.get(iso.strip().toUpperCase(java.util.Locale.ROOT));
    }

    /** The official name of a written region ("대구", "대구광역시"), or {@code null} if it is not one. */
    static String ofName(String name) {
        return name == null ? null : BY_NAME.get(name.strip());
    }

    /** The region named by the first word of a Korean address, if any. */
    static String ofAddress(String address) {
        if (address == null || address.isBlank()) {
            return null;
        }
        return ofName(address.strip().split("\\s+", 2)[0]);
    }

    /** The 시/군/구 that follows the region in a Korean address ("대구광역시 서구 …" → 서구). */
    static String districtOfAddress(String address) {
        if (address == null) {
            return null;
        }
        String[] words = address.strip().split("\\s+");
        if (words.length > 1 && ofName(words[0]) != null && words[1].matches(".+[시군구]")) {
            return words[1];
        }
        return null;
    }
}
