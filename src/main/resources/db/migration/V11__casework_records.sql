-- Casework beyond the walking skeleton: lead agency and source of manually opened cases, what the outlet was told,
-- reopening; per-assignment reminders and extensions; attachments; reply drafts; in-app notifications.
alter table press_case
    add column lead_agency_id      bigint references agency (id),
    add column source_reference    text,
    add column outlet_informed_at  timestamptz,
    add column outlet_followup_url text,
    add column version             integer not null default 0;

alter table assignment
    add column reminders_sent   integer not null default 0,
    add column last_reminder_at timestamptz,
    add column replied_at       timestamptz,
    add column accepted_at      timestamptz,
    add column version          integer not null default 0;

alter table assignment drop constraint assignment_status_check;
alter table assignment add constraint assignment_status_check
    check (status in ('PENDING', 'REPLIED', 'RETURNED', 'ACCEPTED', 'REASSIGNED'));

-- An agency asks for more time, or proposes that another agency answers; the officer decides.
create table assignment_request (
    id                bigserial primary key,
    assignment_id     bigint not null references assignment (id),
    kind              text not null check (kind in ('EXTENSION', 'REASSIGNMENT')),
    reason            text not null,
    proposed_deadline date,
    proposed_agency_id bigint references agency (id),
    requested_by      text not null,
    requested_at      timestamptz not null default now(),
    decision          text check (decision in ('APPROVED', 'DENIED')),
    decided_by        text,
    decided_at        timestamptz,
    decision_note     text
);

create table attachment (
    id           bigserial primary key,
    reply_id     bigint references reply (id),
    case_id      bigint not null references press_case (id),
    agency_id    bigint references agency (id),
    file_name    text not null,
    content_type text not null,
    size_bytes   integer not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_by  text not null,
    uploaded_at  timestamptz not null default now()
);
create index attachment_reply on attachment (reply_id);

-- One submit per form token: a double click or a resent form does not create a second reply.
alter table reply add column submission_token text unique;

create table reply_draft (
    assignment_id   bigint primary key references assignment (id),
    text            text not null default '',
    document_number text,
    document_date   date,
    saved_by        text not null,
    saved_at        timestamptz not null default now(),
    version         integer not null default 0
);

create table notification (
    id          bigserial primary key,
    recipient   text not null,          -- a username, or 'agency:<code>' for everyone of an agency, or 'role:OFFICER'
    message     text not null,
    link        text,
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_recipient on notification (recipient, created_at desc);

alter table press_case drop constraint press_case_severity_check;
alter table press_case add constraint press_case_severity_check check (severity in ('URGENT', 'NORMAL', 'LOW'));
