-- Bulletins (design §7, issue 8): numbered digests per kind and period, their items, editor's note and statistics.
create table app.bulletin (
    id                  bigserial primary key,
    kind                text not null check (kind in ('PROVINCE_DAILY', 'DOMESTIC_DAILY', 'IT_DAILY',
                                                      'ADMIN_REFORM_DAILY', 'PROVINCE_WEEKLY', 'PROVINCE_MONTHLY')),
    issue_date          date not null,
    period_start        date not null,
    period_end          date not null,   -- inclusive
    status              text not null default 'DRAFT' check (status in ('DRAFT', 'IN_REVIEW', 'APPROVED', 'PUBLISHED')),
    -- “Số NN/YYYY”: given at the first publication, kept by corrections (a correction is a new revision)
    number_year         integer not null,
    number              integer,
    revision            integer not null default 1,
    previous_id         bigint references app.bulletin (id),
    correction_note     text,
    editor_note         text,
    review_comment      text,
    created_at          timestamptz not null default now(),
    approved_by         text,
    approved_at         timestamptz,
    published_at        timestamptz,
    check (status <> 'PUBLISHED' or (number is not null and published_at is not null)),
    check (revision = 1 or (previous_id is not null and correction_note is not null)),
    unique (kind, number_year, number, revision)
);
-- one edition per kind and issue date; corrections are further revisions of it
create unique index bulletin_edition on app.bulletin (kind, issue_date, revision);
create index bulletin_published on app.bulletin (published_at desc) where status = 'PUBLISHED';

create table app.bulletin_item (
    id              bigserial primary key,
    bulletin_id     bigint not null references app.bulletin (id),
    article_id      bigint,
    section         text not null,
    position        integer not null,
    title           text not null,
    url             text,
    outlet_name     text not null,
    published_at    timestamptz,
    summary         text,
    tone            text not null default 'NEUTRAL',
    places          text not null default '',
    needs_response  boolean not null default false,
    also_in         text not null default '',  -- other outlets that carried the same story
    unique (bulletin_id, article_id)
);
create index bulletin_item_of_bulletin on app.bulletin_item (bulletin_id, section, position);

-- weekly/monthly editions: articles about the province by outlet and tone, frozen with the edition
create table app.bulletin_outlet_count (
    bulletin_id  bigint not null references app.bulletin (id),
    outlet_name  text not null,
    positive     integer not null,
    neutral      integer not null,
    negative     integer not null,
    primary key (bulletin_id, outlet_name)
);

-- the last number given per kind and year; publication increments it under a row lock in its own transaction,
-- so numbers have neither gaps (a rolled-back publication returns its number) nor duplicates
create table app.bulletin_counter (
    kind         text not null,
    number_year  integer not null,
    last_number  integer not null,
    primary key (kind, number_year)
);

-- A published bulletin is an official document: it and its items are never changed; corrections are new revisions.
create function app.bulletin_published_is_immutable() returns trigger language plpgsql as $$
begin
    if old.status = 'PUBLISHED' then
        raise exception 'bulletin % is published and cannot be changed', old.id;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger bulletin_immutable before update or delete on app.bulletin
    for each row execute function app.bulletin_published_is_immutable();

create function app.bulletin_part_is_immutable() returns trigger language plpgsql as $$
declare
    owner bigint;
begin
    owner := case when tg_op = 'INSERT' then new.bulletin_id else old.bulletin_id end;
    if exists (select 1 from app.bulletin where id = owner and status = 'PUBLISHED') then
        raise exception 'bulletin % is published and cannot be changed', owner;
    end if;
    return case when tg_op = 'DELETE' then old else new end;
end $$;

create trigger bulletin_item_immutable before insert or update or delete on app.bulletin_item
    for each row execute function app.bulletin_part_is_immutable();
create trigger bulletin_outlet_count_immutable before insert or update or delete on app.bulletin_outlet_count
    for each row execute function app.bulletin_part_is_immutable();
