-- Leases for cluster-wide background jobs (one full search reindex at a time across all app instances).
create table search_job (
    name      varchar(64) primary key,
    owner     varchar(200) not null,
    heartbeat timestamptz  not null
);
