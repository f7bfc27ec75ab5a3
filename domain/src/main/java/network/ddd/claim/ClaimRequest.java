package network.ddd.claim;

/**
 * What a claimant sends: which profile, the registration number as typed, the evidence upload, and for which
 * organisation — an existing one the claimant owns ({@code organisationId}), or, when that is {@code null}, a new
 * supplier organisation named {@code organisationName} (the profile's name when blank).
 */
public record ClaimRequest(long supplierId, String brn, Long organisationId, String organisationName,
                           String evidenceFileName, byte[] evidenceContent) {
}
