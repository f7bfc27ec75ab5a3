package network.ddd.access;

/** What a caller wants to do with a resource. Which actions exist for which kind is given by {@link AccessRule}. */
public enum Action {
    VIEW_PUBLIC,
    VIEW_CONTACT,
    VIEW,
    LIST,
    CREATE,
    EDIT,
    CLAIM,
    DECIDE,
    VERIFY,
    REQUEST_VERIFICATION,
    REGISTER,
    INVITE_MEMBER,
    REMOVE_MEMBER,
    CHANGE_MEMBER_ROLE,
    LEAVE,
    IMPORT,
    REINDEX
}
