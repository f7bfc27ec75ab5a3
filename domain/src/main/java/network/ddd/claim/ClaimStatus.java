package network.ddd.claim;

/** SUBMITTED → APPROVED | REJECTED, decided once by the operator. */
public enum ClaimStatus {
    SUBMITTED,
    APPROVED,
    REJECTED;

    public boolean isOpen() {
        return this == SUBMITTED;
    }
}
