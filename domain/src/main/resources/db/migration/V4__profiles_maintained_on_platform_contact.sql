-- A profile edited on the platform (by its firm or the operator) is the firm's from then on: a re-import of its
-- source register leaves it alone (Supplier.reviseFromSource). Null: only the register ever wrote it.
alter table supplier add column edited_at timestamptz;
comment on column supplier.edited_at is 'Last edit on the platform; set → re-imports keep the profile as it is';

-- How to reach the firm: written only by the firm or the operator, read only by signed-in members, never indexed.
alter table supplier add column contact_person  varchar(100);
alter table supplier add column contact_phone   varchar(30);
alter table supplier add column contact_email   varchar(254);
alter table supplier add column contact_website varchar(300);

-- The audit trail names its actors for the people who read it (the subject alone is an opaque id).
alter table audit_event add column actor_name varchar(200);
