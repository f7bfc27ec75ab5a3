package network.ddd.access;

import static network.ddd.access.Requirement.Basic.ANYONE;
import static network.ddd.access.Requirement.Basic.ISSUER_OR_RECIPIENT;
import static network.ddd.access.Requirement.Basic.MEMBER_OF_OWNING_ORG;
import static network.ddd.access.Requirement.Basic.OPERATOR;
import static network.ddd.access.Requirement.Basic.OWNER_OF_OWNING_ORG;
import static network.ddd.access.Requirement.Basic.SIGNED_IN;
import static network.ddd.access.Requirement.role;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import network.ddd.identity.Role;

/**
 * The access table: one row per (resource kind, action), each with the requirements of which any one allows. A new
 * rule — a marketplace document, a new action — is one more row here and one more row in the matrix test, not code
 * in a resource or page. A (kind, action) without a row is refused loudly by {@link AccessPolicy}.
 */
public enum AccessRule {
    /** {@code GET /api/v1/me}: one's own account. */
    ACCOUNT_VIEW(ResourceKind.ACCOUNT, Action.VIEW, SIGNED_IN),

    // Directory profiles
    SUPPLIER_PROFILE_VIEW_PUBLIC(ResourceKind.SUPPLIER_PROFILE, Action.VIEW_PUBLIC, ANYONE),
    /** Contact details and documents. */
    SUPPLIER_PROFILE_VIEW_CONTACT(ResourceKind.SUPPLIER_PROFILE, Action.VIEW_CONTACT, SIGNED_IN),
    SUPPLIER_PROFILE_EDIT(ResourceKind.SUPPLIER_PROFILE, Action.EDIT, MEMBER_OF_OWNING_ORG, OPERATOR),
    SUPPLIER_PROFILE_CLAIM(ResourceKind.SUPPLIER_PROFILE, Action.CLAIM, SIGNED_IN),

    // Claims (owned by the claimant's organisation)
    CLAIM_VIEW(ResourceKind.CLAIM, Action.VIEW, MEMBER_OF_OWNING_ORG, OPERATOR),
    CLAIM_LIST(ResourceKind.CLAIM, Action.LIST, OPERATOR),
    CLAIM_DECIDE(ResourceKind.CLAIM, Action.DECIDE, OPERATOR),

    // Organisations (an organisation owns itself)
    ORGANISATION_REGISTER(ResourceKind.ORGANISATION, Action.REGISTER, SIGNED_IN),
    ORGANISATION_VIEW(ResourceKind.ORGANISATION, Action.VIEW, MEMBER_OF_OWNING_ORG, OPERATOR),
    ORGANISATION_LIST(ResourceKind.ORGANISATION, Action.LIST, OPERATOR),
    ORGANISATION_VERIFY(ResourceKind.ORGANISATION, Action.VERIFY, OPERATOR),
    ORGANISATION_REQUEST_VERIFICATION(ResourceKind.ORGANISATION, Action.REQUEST_VERIFICATION, OWNER_OF_OWNING_ORG),
    ORGANISATION_INVITE_MEMBER(ResourceKind.ORGANISATION, Action.INVITE_MEMBER, OWNER_OF_OWNING_ORG, OPERATOR),
    ORGANISATION_REMOVE_MEMBER(ResourceKind.ORGANISATION, Action.REMOVE_MEMBER, OWNER_OF_OWNING_ORG, OPERATOR),
    ORGANISATION_CHANGE_MEMBER_ROLE(ResourceKind.ORGANISATION, Action.CHANGE_MEMBER_ROLE, OWNER_OF_OWNING_ORG,
            OPERATOR),
    ORGANISATION_LEAVE(ResourceKind.ORGANISATION, Action.LEAVE, MEMBER_OF_OWNING_ORG),

    // Operations
    DIRECTORY_IMPORT(ResourceKind.DIRECTORY, Action.IMPORT, OPERATOR),
    DIRECTORY_REINDEX(ResourceKind.DIRECTORY, Action.REINDEX, OPERATOR),
    AUDIT_LOG_LIST(ResourceKind.AUDIT_LOG, Action.LIST, OPERATOR),

    // Marketplace (next issues): the rows exist so the RFQ and quote resources only describe themselves
    RFQ_CREATE(ResourceKind.RFQ, Action.CREATE, role(Role.DESIGNER), role(Role.WHOLESALER)),
    /** The issuer and the suppliers it was sent to; nobody else, not even another supplier. */
    RFQ_VIEW(ResourceKind.RFQ, Action.VIEW, ISSUER_OR_RECIPIENT),
    /** The quote's supplier and the RFQ's issuer; never a competing supplier. */
    QUOTE_VIEW(ResourceKind.QUOTE, Action.VIEW, ISSUER_OR_RECIPIENT);

    private static final Map<ResourceKind, Map<Action, AccessRule>> TABLE = new EnumMap<>(ResourceKind.class);

    static {
        for (AccessRule rule : values()) {
            AccessRule clash = TABLE.computeIfAbsent(rule.kind, k -> new EnumMap<>(Action.class))
                    .putIfAbsent(rule.action, rule);
            if (clash != null) {
                throw new ExceptionInInitializerError("Two access rules for " + rule.kind + " " + rule.action
                        + ": " + clash + ", " + rule);
            }
        }
    }

    private final ResourceKind kind;
    private final Action action;
    private final List<Requirement> anyOf;

    AccessRule(ResourceKind kind, Action action, Requirement... anyOf) {
        this.kind = kind;
        this.action = action;
        this.anyOf = List.of(anyOf);
    }

    /** The rule for an action on a kind of resource, if the table has one. */
    public static Optional<AccessRule> of(ResourceKind kind, Action action) {
        return Optional.ofNullable(TABLE.getOrDefault(kind, Map.of()).get(action));
    }

    public ResourceKind kind() {
        return kind;
    }

    public Action action() {
        return action;
    }

    /** The requirements; meeting any one of them allows. */
    public List<Requirement> anyOf() {
        return anyOf;
    }

    boolean needsMemberships() {
        return anyOf.stream().anyMatch(Requirement::needsMemberships);
    }
}
