package network.ddd.directory.importing;

import java.util.List;
import java.util.Optional;
import network.ddd.directory.SupplierType;

/**
 * Korean Standard Industrial Classification (KSIC, 10th revision) sector codes of the fashion chain, mapped to
 * supplier types. Anything outside divisions 13–15 of interest is not a supplier of this network.
 *
 * <pre>
 * 131 spinning, 132 weaving            → FABRIC_MILL
 * 133 knitted and crocheted fabric     → KNITTING
 * 134 dyeing and finishing (13403 날염) → DYEING_FINISHING (PRINTING)
 * 139 other textile products           → OTHER_TEXTILE
 * 141 sewn apparel, 142 fur apparel    → SEWING
 * 143 knitted apparel                  → KNITWEAR
 * 144 apparel accessories              → ACCESSORIES
 * 151 leather, 152 footwear            → LEATHER_FOOTWEAR
 * </pre>
 *
 * <p>Division 15 was food manufacturing before KSIC-9, and registers still file food makers under those old
 * codes (15119 meat, 15132 fruit, 15139 vegetables): in division 15 only the codes of the KSIC-10 leather and
 * footwear subclasses, or a group or class containing one, are accepted.
 */
public final class KsicMapping {
    private static final List<String> LEATHER_FOOTWEAR_SUBCLASSES =
            List.of("15110", "15121", "15129", "15190", "15211", "15219", "15220");

    private KsicMapping() {
    }

    public static Optional<SupplierType> typeOf(String sectorCode) {
        if (sectorCode == null || !sectorCode.matches("\\d{3,5}")) {
            return Optional.empty();
        }
        if (sectorCode.startsWith("13403")) {
            return Optional.of(SupplierType.PRINTING);
        }
        if (sectorCode.startsWith("15")
                && LEATHER_FOOTWEAR_SUBCLASSES.stream().noneMatch(subclass -> subclass.startsWith(sectorCode))) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (sectorCode.substring(0, 3)) {
            case "131", "132" -> SupplierType.FABRIC_MILL;
            case "133" -> SupplierType.KNITTING;
            case "134" -> SupplierType.DYEING_FINISHING;
            case "139" -> SupplierType.OTHER_TEXTILE;
            case "141", "142" -> SupplierType.SEWING;
            case "143" -> SupplierType.KNITWEAR;
            case "144" -> SupplierType.ACCESSORIES;
            case "151", "152" -> SupplierType.LEATHER_FOOTWEAR;
            default -> null;
        });
    }
}
