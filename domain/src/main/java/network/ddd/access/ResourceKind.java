package network.ddd.access;

/** The kinds of thing access rules are written for. */
public enum ResourceKind {
    /** The signed-in user's own account: who they are, their organisations and roles. */
    ACCOUNT,
    /** A supplier's directory profile. */
    SUPPLIER_PROFILE,
    /** A firm's claim on an imported supplier profile, with its evidence document. */
    CLAIM,
    /** An organisation (a firm) and its members. */
    ORGANISATION,
    /** The directory as a whole: imports and search reindexing. */
    DIRECTORY,
    /** The audit trail. */
    AUDIT_LOG,
    /** Marketplace: a request for quotation, sent by an issuing organisation to recipient suppliers. */
    RFQ,
    /** Marketplace: a supplier's quote answering an RFQ. */
    QUOTE
}
