package network.ddd.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import network.ddd.access.MembershipDirectory;
import network.ddd.access.Memberships;
import network.ddd.audit.AuditAction;
import network.ddd.audit.AuditEntry;
import network.ddd.audit.AuditPage;
import network.ddd.audit.AuditTrail;
import network.ddd.claim.Claim;
import network.ddd.claim.ClaimEvidence;
import network.ddd.claim.ClaimRepository;
import network.ddd.claim.ClaimStatus;
import network.ddd.directory.BusinessRegistrationNumber;
import network.ddd.directory.ProfileOwnership;
import network.ddd.directory.Supplier;
import network.ddd.directory.SupplierRepository;
import network.ddd.identity.Actor;
import network.ddd.identity.IdentityDirectory;
import network.ddd.identity.OrgRole;
import network.ddd.identity.Role;
import network.ddd.organisation.Fixtures;
import network.ddd.organisation.Membership;
import network.ddd.organisation.Organisation;
import network.ddd.organisation.OrganisationRepository;
import network.ddd.organisation.VerificationStatus;

/** In-memory stand-ins for the repositories and ports, for application-service tests without a container. */
public final class InMemory {
    private InMemory() {
    }

    private static long nextId = 1000;

    static synchronized <T> T identify(T entity, Function<T, Long> id) {
        return id.apply(entity) == null ? Fixtures.withId(entity, nextId++) : entity;
    }

    /** Suppliers; {@link #outbox} lists every store, as the JPA repository writes one outbox row per store. */
    public static class Suppliers implements SupplierRepository {
        public final Map<Long, Supplier> rows = new HashMap<>();
        public final List<Long> outbox = new ArrayList<>();

        @Override
        public Optional<Supplier> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Map<String, Supplier> findBySource(String source, Collection<String> sourceIds) {
            return rows.values().stream().filter(s -> s.origin().source().equals(source)
                    && sourceIds.contains(s.origin().sourceId()))
                    .collect(Collectors.toMap(s -> s.origin().sourceId(), Function.identity()));
        }

        @Override
        public List<Supplier> findAll(Collection<Long> ids) {
            return ids.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public List<Supplier> findByBrn(BusinessRegistrationNumber brn) {
            return rows.values().stream().filter(s -> brn.equals(s.profile().brn())).toList();
        }

        @Override
        public void store(Supplier supplier) {
            identify(supplier, Supplier::id);
            rows.put(supplier.id(), supplier);
            outbox.add(supplier.id());
        }

        @Override
        public List<Long> idsAfter(long afterId, int max) {
            return rows.keySet().stream().filter(id -> id > afterId).sorted().limit(max).toList();
        }

        @Override
        public long count() {
            return rows.size();
        }
    }

    public static class Organisations implements OrganisationRepository, MembershipDirectory, ProfileOwnership {
        public final Map<Long, Organisation> rows = new LinkedHashMap<>();

        @Override
        public Optional<Organisation> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public Optional<Organisation> findBySupplier(long supplierId) {
            return rows.values().stream().filter(o -> o.supplierId().equals(Optional.of(supplierId))).findFirst();
        }

        @Override
        public Optional<Organisation> findByBrn(BusinessRegistrationNumber brn) {
            return rows.values().stream().filter(o -> o.brn().equals(brn)).findFirst();
        }

        @Override
        public List<Organisation> ofMember(String subject) {
            return rows.values().stream().filter(o -> o.isMember(subject)).toList();
        }

        @Override
        public List<Organisation> withStatus(VerificationStatus status, int max) {
            return rows.values().stream().filter(o -> o.verificationStatus() == status).limit(max).toList();
        }

        @Override
        public void store(Organisation organisation) {
            identify(organisation, Organisation::id);
            rows.put(organisation.id(), organisation);
        }

        @Override
        public Memberships of(String subject) {
            Map<Long, OrgRole> roles = new HashMap<>();
            rows.values().forEach(o -> o.member(subject).map(Membership::role).ifPresent(r -> roles.put(o.id(), r)));
            return new Memberships(roles);
        }

        @Override
        public Optional<Long> owningOrganisationOf(long supplierId) {
            return findBySupplier(supplierId).map(Organisation::id);
        }
    }

    public static class Claims implements ClaimRepository {
        public final Map<Long, Claim> rows = new LinkedHashMap<>();
        public final Map<Long, ClaimEvidence> evidence = new HashMap<>();

        @Override
        public Optional<Claim> find(long id) {
            return Optional.ofNullable(rows.get(id));
        }

        @Override
        public void store(Claim claim) {
            identify(claim, Claim::id);
            rows.put(claim.id(), claim);
        }

        @Override
        public void storeEvidence(ClaimEvidence e) {
            evidence.put(e.claimId(), e);
        }

        @Override
        public Optional<ClaimEvidence> evidenceOf(long claimId) {
            return Optional.ofNullable(evidence.get(claimId));
        }

        @Override
        public Optional<Claim> openClaim(long supplierId, long organisationId) {
            return rows.values().stream().filter(c -> c.supplierId() == supplierId
                    && c.organisationId() == organisationId && c.status().isOpen()).findFirst();
        }

        @Override
        public List<Claim> withStatus(ClaimStatus status, int page, int size) {
            return rows.values().stream().filter(c -> c.status() == status).skip((long) (page - 1) * size)
                    .limit(size).toList();
        }

        @Override
        public long countWithStatus(ClaimStatus status) {
            return rows.values().stream().filter(c -> c.status() == status).count();
        }

        @Override
        public List<Claim> ofOrganisations(Collection<Long> organisationIds) {
            return rows.values().stream().filter(c -> organisationIds.contains(c.organisationId())).toList();
        }
    }

    /** Records events; {@link #apart} holds those written in their own transaction. */
    public static class Audit implements AuditTrail {
        public final List<AuditEntry> entries = new ArrayList<>();
        public final List<AuditEntry> apart = new ArrayList<>();
        private final Instant at;

        public Audit(Instant at) {
            this.at = at;
        }

        @Override
        public void record(Actor actor, AuditAction action, String subjectType, Object subjectId, String details) {
            entries.add(new AuditEntry((long) entries.size(), at, actor.subject(), action, subjectType,
                    subjectId == null ? null : subjectId.toString(), details, actor.displayName()));
        }

        @Override
        public void recordApart(Actor actor, AuditAction action, String subjectType, Object subjectId,
                                String details) {
            apart.add(new AuditEntry((long) apart.size(), at, actor.subject(), action, subjectType,
                    subjectId == null ? null : subjectId.toString(), details, actor.displayName()));
        }

        @Override
        public AuditPage latest(int page, int size) {
            return new AuditPage(entries.reversed(), page, size, entries.size());
        }

        public List<AuditAction> actions() {
            return entries.stream().map(AuditEntry::action).toList();
        }
    }

    /** Accounts and realm roles granted, by subject. */
    public static class Identities implements IdentityDirectory {
        public final Map<String, String> accounts = new LinkedHashMap<>();
        public final Map<String, List<Role>> granted = new LinkedHashMap<>();

        @Override
        public String ensureUser(String email, String displayName) {
            return accounts.computeIfAbsent(email, e -> "sub-" + e);
        }

        @Override
        public void assignRole(String subject, Role role) {
            granted.computeIfAbsent(subject, s -> new ArrayList<>()).add(role);
        }

        @Override
        public Optional<String> findUser(String email) {
            return Optional.ofNullable(accounts.get(email));
        }
    }
}
