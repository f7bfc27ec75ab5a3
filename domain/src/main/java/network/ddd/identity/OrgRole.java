package network.ddd.identity;

/** What a user may do inside one organisation. Owners manage its members; members act on its behalf. */
public enum OrgRole {
    OWNER,
    MEMBER
}
