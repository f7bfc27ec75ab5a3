package network.ddd.web.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import network.ddd.access.AccessDeniedException;
import network.ddd.audit.AuditEntry;
import network.ddd.audit.AuditLog;
import network.ddd.audit.AuditPage;
import network.ddd.web.security.Caller;

/**
 * {@code admin/audit.xhtml?page=N}: the operator reads the audit trail, latest first — sign-ins, role changes,
 * invitations, claims and verification decisions, edits, refused attempts. {@link AuditLog#latest} checks the
 * operator role itself; everyone else gets the readable refusal.
 */
@Named
@RequestScoped
public class AuditView {
    static final int PAGE_SIZE = 50;

    @Inject
    AuditLog log;

    @Inject
    Caller caller;

    /** One line as the page shows it. */
    public record Line(String at, String who, String action, String subject, String details) {
        static Line of(AuditEntry e) {
            String who = e.actorName() != null ? e.actorName() : e.actorSubject();
            return new Line(SeoulTime.second(e.occurredAt()), who, e.action().name(),
                    e.subjectType() + (e.subjectId() == null ? "" : " " + e.subjectId()),
                    e.details() == null ? "" : e.details());
        }
    }

    private String page;
    private AuditPage shown;
    private final Refusal refusal = new Refusal();

    public void load() {
        try {
            long n = PageMessages.idOf(page);
            shown = log.latest(caller.actor(), n > 0 && n < 100_000 ? (int) n : 1, PAGE_SIZE);
        } catch (AccessDeniedException e) {
            refusal.refuse(e);
        }
    }


    public List<Line> getLines() {
        return shown == null ? List.of() : shown.entries().stream().map(Line::of).toList();
    }

    public int getPageNumber() {
        return shown == null ? 1 : shown.page();
    }

    public boolean isNewer() {
        return shown != null && shown.page() > 1;
    }

    public boolean isOlder() {
        return shown != null && (long) shown.page() * shown.size() < shown.total();
    }

    public long getTotal() {
        return shown == null ? 0 : shown.total();
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public Refusal getRefusal() {
        return refusal;
    }
}
