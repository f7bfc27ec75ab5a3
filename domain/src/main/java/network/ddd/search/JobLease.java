package network.ddd.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;

/**
 * A lease on a named background job, kept in the database so that only one app instance of a cluster runs it. A
 * lease whose holder stopped renewing it for {@link #EXPIRY} can be taken over.
 */
@ApplicationScoped
public class JobLease {
    static final Duration EXPIRY = Duration.ofMinutes(2);

    @PersistenceContext(unitName = "ddd")
    EntityManager em;

    /** Takes the lease if it is free or expired; true when {@code owner} holds it now. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean acquire(String job, String owner) {
        int changed = em.createNativeQuery("""
                        insert into search_job (name, owner, heartbeat) values (?1, ?2, clock_timestamp())
                        on conflict (name) do update set owner = excluded.owner, heartbeat = excluded.heartbeat
                        where search_job.owner = excluded.owner
                           or search_job.heartbeat < clock_timestamp() - make_interval(secs => ?3)""")
                .setParameter(1, job).setParameter(2, owner).setParameter(3, EXPIRY.toSeconds())
                .executeUpdate();
        return changed == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void renew(String job, String owner) {
        em.createNativeQuery("update search_job set heartbeat = clock_timestamp() where name = ?1 and owner = ?2")
                .setParameter(1, job).setParameter(2, owner).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String job, String owner) {
        em.createNativeQuery("delete from search_job where name = ?1 and owner = ?2")
                .setParameter(1, job).setParameter(2, owner).executeUpdate();
    }
}
