package network.ddd.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import network.ddd.access.AccessDenied;

/** Writes every refusal of a signed-in user to the audit trail, in its own transaction. */
@ApplicationScoped
public class AccessDenialRecorder {
    @Inject
    AuditTrail trail;

    void on(@Observes AccessDenied denied) {
        trail.recordApart(denied.actor(), AuditAction.ACCESS_DENIED, denied.resource().kind().name(),
                denied.resource().id(), denied.action().name());
    }
}
