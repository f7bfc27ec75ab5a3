package network.ddd.organisation;

import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditTrail;
import network.ddd.identity.Actor;
import network.ddd.identity.IdentityDirectory;
import network.ddd.identity.Role;

/** Grants the platform role a member of an organisation needs, and records the change. */
final class PlatformRoles {
    private PlatformRoles() {
    }

    static void grant(IdentityDirectory identity, AuditTrail audit, Actor by, String subject, boolean alreadyHeld,
                      Role role) {
        if (alreadyHeld) {
            return;
        }
        identity.assignRole(subject, role);
        audit.record(by, AuditAction.ROLE_CHANGED, "USER", subject, "+" + role.realmRole());
    }
}
