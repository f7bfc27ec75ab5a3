package network.ddd.directory;

import static network.ddd.directory.Texts.clean;
import static network.ddd.directory.Texts.cleanList;

import java.util.List;

/**
 * Everything a supplier tells about itself, validated when built: a supplier can never hold an invalid profile.
 * Two profiles are equal when every value is equal, which is how an import knows a row did not change.
 */
public record SupplierProfile(
        String nameKo,
        String nameEn,
        List<String> aliases,
        SupplierType type,
        BusinessRegistrationNumber brn,
        List<String> processes,
        List<String> products,
        List<String> certifications,
        Workforce workforce,
        String moq,
        Integer leadTimeDays,
        Address address,
        GeoPoint location) {

    public static final int MAX_NAME = 300;

    public SupplierProfile {
        nameKo = clean(nameKo);
        nameEn = clean(nameEn);
        if (nameKo == null && nameEn == null) {
            throw new InvalidSupplierException("name", "error.name.missing");
        }
        if (nameKo != null && nameKo.length() > MAX_NAME || nameEn != null && nameEn.length() > MAX_NAME) {
            throw new InvalidSupplierException("name", "error.name.tooLong", MAX_NAME);
        }
        if (type == null) {
            throw new InvalidSupplierException("type", "error.type.missing");
        }
        aliases = cleanList(aliases, "aliases");
        processes = cleanList(processes, "processes");
        products = cleanList(products, "products");
        certifications = cleanList(certifications, "certifications");
        workforce = workforce == null ? Workforce.UNKNOWN : workforce;
        moq = clean(moq, 200, "moq");
        if (leadTimeDays != null && (leadTimeDays < 0 || leadTimeDays > 3650)) {
            throw new InvalidSupplierException("lead_time_days", "error.leadTime.range", leadTimeDays);
        }
        address = address == null ? Address.NONE : address;
    }

    /** The name to show first: Korean if known. */
    public String displayName() {
        return nameKo != null ? nameKo : nameEn;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a profile field by field (parsers, tests); {@link #build()} validates. */
    public static final class Builder {
        private String nameKo;
        private String nameEn;
        private List<String> aliases = List.of();
        private SupplierType type;
        private BusinessRegistrationNumber brn;
        private List<String> processes = List.of();
        private List<String> products = List.of();
        private List<String> certifications = List.of();
        private Workforce workforce = Workforce.UNKNOWN;
        private String moq;
        private Integer leadTimeDays;
        private Address address = Address.NONE;
        private GeoPoint location;

        public Builder nameKo(String value) { this.nameKo = value; return this; }
        public Builder nameEn(String value) { this.nameEn = value; return this; }
        public Builder aliases(List<String> value) { this.aliases = value; return this; }
        public Builder type(SupplierType value) { this.type = value; return this; }
        public Builder brn(BusinessRegistrationNumber value) { this.brn = value; return this; }
        public Builder processes(List<String> value) { this.processes = value; return this; }
        public Builder products(List<String> value) { this.products = value; return this; }
        public Builder certifications(List<String> value) { this.certifications = value; return this; }
        public Builder workforce(Workforce value) { this.workforce = value; return this; }
        public Builder moq(String value) { this.moq = value; return this; }
        public Builder leadTimeDays(Integer value) { this.leadTimeDays = value; return this; }
        public Builder address(Address value) { this.address = value; return this; }
        public Builder location(GeoPoint value) { this.location = value; return this; }

        public SupplierProfile build() {
            return new SupplierProfile(nameKo, nameEn, aliases, type, brn, processes, products, certifications,
                    workforce, moq, leadTimeDays, address, location);
        }
    }
}
