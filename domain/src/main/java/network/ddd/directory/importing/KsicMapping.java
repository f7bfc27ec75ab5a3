package network.ddd.directory.importing;

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
 */
public final class KsicMapping {
    private KsicMapping() {
    }

    public static Optional<SupplierType> typeOf(String sectorCode) {
        if (sectorCode == null || !sectorCode.matches("\\d{3,5}")) {
            return Optional.empty();
        }
        if (sectorCode.startsWith("13403")) {
            return Optional.of(SupplierType.PRINTING);
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
