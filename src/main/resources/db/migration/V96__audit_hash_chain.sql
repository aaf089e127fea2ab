-- Tamper evidence for the audit trail: every event carries the hash of the one before it, so changing or removing a
-- row (even by someone who can switch the append-only trigger off) breaks the chain from that row on.
alter table app.audit_event add column chain_seq bigint, add column prev_hash text, add column hash text;

create function app.audit_event_canonical(e app.audit_event) returns text language sql immutable as $$
    select concat_ws('|', e.chain_seq::text, coalesce(e.prev_hash, ''),
                     to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                     e.actor, e.action, e.subject_type, e.subject_id, coalesce(e.detail, ''))
$$;

-- Events are chained in the order they are written; one writer at a time (a transaction-level advisory lock),
-- because two concurrent writers would otherwise both link to the same predecessor.
create function app.audit_event_chain() returns trigger language plpgsql as $$
declare
    previous record;
begin
    perform pg_advisory_xact_lock(hashtext('app.audit_event chain'));
    select chain_seq, hash into previous from app.audit_event order by chain_seq desc nulls last limit 1;
    new.chain_seq := coalesce(previous.chain_seq, 0) + 1;
    new.prev_hash := previous.hash;
    new.hash := encode(sha256(convert_to(app.audit_event_canonical(new), 'UTF8')), 'hex');
    return new;
end $$;

-- chain the events written before this version, oldest first
alter table app.audit_event disable trigger audit_event_no_change;
do $$
declare
    e app.audit_event;
    previous_hash text := null;
    seq bigint := 0;
begin
    for e in select * from app.audit_event order by occurred_at, id loop
        seq := seq + 1;
        e.chain_seq := seq;
        e.prev_hash := previous_hash;
        e.hash := encode(sha256(convert_to(app.audit_event_canonical(e), 'UTF8')), 'hex');
        update app.audit_event set chain_seq = e.chain_seq, prev_hash = e.prev_hash, hash = e.hash where id = e.id;
        previous_hash := e.hash;
    end loop;
end $$;
alter table app.audit_event enable trigger audit_event_no_change;

alter table app.audit_event alter column chain_seq set not null, alter column hash set not null;
create unique index audit_event_chain_seq on app.audit_event (chain_seq);

create trigger audit_event_chain before insert on app.audit_event
    for each row execute function app.audit_event_chain();
