package network.ddd.web.api;

import java.util.List;
import network.ddd.directory.Address;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.Contact;
import network.ddd.directory.GeoPoint;
import network.ddd.directory.SupplierProfile;
import network.ddd.directory.SupplierType;
import network.ddd.directory.Workforce;

/**
 * Body of {@code PUT /api/v1/suppliers/{id}}: the whole profile as the editor saw it, plus the {@code version} it
 * started from (a profile saved meanwhile answers 409). Converted to the domain's validated {@link SupplierProfile}
 * here, at the edge.
 */
public record ProfileEdit(long version, String nameKo, String nameEn, List<String> aliases, String type, String brn,
                          List<String> processes, List<String> products, List<String> certifications,
                          Integer workersCount, String workersBand, String moq, Integer leadTimeDays, String country,
                          String roadAddress, String lotAddress, String region, String district, Double lat,
                          Double lng, ContactBody contact) {

    /** How to reach the firm: contact person, telephone, e-mail, web site (each optional). */
    public record ContactBody(String person, String phone, String email, String website) {
        static ContactBody of(Contact c) {
            return new ContactBody(c.person(), c.phone(), c.email(), c.website());
        }
    }

    /** {@code null} when the body has no {@code contact}: the stored one stays. */
    Contact toContact() {
        return contact == null ? null : new Contact(contact.person(), contact.phone(), contact.email(),
                contact.website());
    }

    SupplierProfile toProfile() {
        SupplierType supplierType;
        try {
            supplierType = type == null ? null : SupplierType.valueOf(type.strip());
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("type", "error.edit.type", type);
        }
        if ((lat == null) != (lng == null)) {
            throw new BadParameterException("lat", "error.edit.location");
        }
        return SupplierProfile.builder()
                .nameKo(nameKo)
                .nameEn(nameEn)
                .aliases(aliases == null ? List.of() : aliases)
                .type(supplierType)
                .brn(brn == null || brn.isBlank() ? null : BusinessRegistrationNumber.parse(brn))
                .processes(processes == null ? List.of() : processes)
                .products(products == null ? List.of() : products)
                .certifications(certifications == null ? List.of() : certifications)
                .workforce(new Workforce(workersCount, workersBand))
                .moq(moq)
                .leadTimeDays(leadTimeDays)
                .address(new Address(country == null ? "KR" : country, roadAddress, lotAddress, region, district))
                .location(lat == null ? null : new GeoPoint(lat, lng))
                .build();
    }
}
