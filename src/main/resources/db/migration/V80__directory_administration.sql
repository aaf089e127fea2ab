-- Directory administration (issue 11): agencies with contacts, parents and successors; password reset links;
-- the outlet registry with licences and resident reporters; a versioned gazetteer of the province profile.

-- agencies ----------------------------------------------------------------------------------------------------------
alter table app.agency
    add column other_emails text not null default '',
    add column head_name    text,
    add column head_title   text,
    add column head_phone   text,
    add column parent_id    bigint references app.agency (id),
    add column successor_id bigint references app.agency (id),
    add column inactive_since date;

-- Every rename, merge and (de)activation, so an old case can say which agency it was sent to and who answers now.
create table app.agency_change (
    id          bigserial primary key,
    agency_id   bigint not null references app.agency (id),
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    change      text not null check (change in ('CREATED', 'UPDATED', 'RENAMED', 'MERGED_INTO', 'DEACTIVATED', 'ACTIVATED')),
    old_name    text,
    new_name    text,
    other_id    bigint references app.agency (id)
);
create index agency_change_agency on app.agency_change (agency_id, changed_at);

-- users -------------------------------------------------------------------------------------------------------------
-- Only the SHA-256 of a reset token is kept: a leaked table does not let anyone set a password.
create table app.password_reset (
    token_hash  text primary key,
    user_id     bigint not null references app.app_user (id) on delete cascade,
    created_at  timestamptz not null default now(),
    expires_at  timestamptz not null,
    used_at     timestamptz
);

-- outlets -----------------------------------------------------------------------------------------------------------
alter table app.outlet
    add column other_domains   text not null default '',
    add column licence_number  text,
    add column licence_scope   text,
    add column office_address  text,
    add column office_phone    text,
    add column note            text;

-- phóng viên thường trú: reporters an outlet registered to work in the province
create table app.resident_reporter (
    id                bigserial primary key,
    outlet_id         bigint not null references app.outlet (id),
    full_name         text not null,
    press_card_number text,
    card_valid_to     date,
    registered_from   date,
    registered_to     date,
    phone             text,
    email             text,
    active            boolean not null default true
);
create index resident_reporter_outlet on app.resident_reporter (outlet_id);
create unique index resident_reporter_card on app.resident_reporter (press_card_number) where press_card_number is not null;

-- province profile and gazetteer ------------------------------------------------------------------------------------
alter table app.province_profile
    add column valid_from        date,
    add column valid_to          date,
    add column gazetteer_version integer not null default 1;

update app.province_profile set valid_from = date '2025-07-01' where code = 'LDO';

alter table app.province_name drop constraint province_name_kind_check;
alter table app.province_name add constraint province_name_kind_check
    check (kind in ('PROVINCE', 'FORMER_PROVINCE', 'PLACE', 'COLLISION'));
alter table app.province_name add column note text;

-- One row per edit of the names, with the version it produced.
create table app.province_name_change (
    id           bigserial primary key,
    profile_code text not null references app.province_profile (code),
    version      integer not null,
    changed_at   timestamptz not null default now(),
    changed_by   text not null,
    action       text not null,
    detail       text not null
);
