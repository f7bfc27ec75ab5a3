package network.ddd.audit;

/** What happened, as the audit trail names it. Stored by name: rename only with a migration. */
public enum AuditAction {
    SIGN_IN,
    ROLE_CHANGED,
    ORGANISATION_REGISTERED,
    ORGANISATION_VERIFIED,
    ORGANISATION_REJECTED,
    MEMBER_INVITED,
    MEMBER_JOINED,
    MEMBER_REMOVED,
    MEMBER_LEFT,
    CLAIM_SUBMITTED,
    CLAIM_WITHDRAWN,
    CLAIM_APPROVED,
    CLAIM_REJECTED,
    PROFILE_EDITED,
    ACCESS_DENIED
}
