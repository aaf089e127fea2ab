-- Our business data lives in schema "app"; Camunda keeps its own tables (public schema).

-- directory ---------------------------------------------------------------------------------------------------------
create table agency (
    id          bigserial primary key,
    code        text not null unique,
    name        text not null,
    kind        text not null check (kind in ('DEPARTMENT', 'COMMUNE', 'DISTRICT', 'OTHER')),
    email       text,
    active      boolean not null default true
);

create table outlet (
    id          bigserial primary key,
    name        text not null,
    domain      text not null unique,
    type        text not null default 'central newspaper',
    in_province boolean not null default false
);

create table province_profile (
    code        text primary key,
    name        text not null
);

-- Names by which an article can refer to the province: its current name, merged former provinces, places.
create table province_name (
    id           bigserial primary key,
    profile_code text not null references province_profile (code),
    name         text not null,
    kind         text not null check (kind in ('PROVINCE', 'FORMER_PROVINCE', 'PLACE')),
    valid_from   date,
    valid_to     date,
    unique (profile_code, name)
);

create table app_user (
    id            bigserial primary key,
    username      text not null unique,
    password_hash text not null,
    full_name     text not null,
    email         text,
    agency_id     bigint references agency (id),
    enabled       boolean not null default true,
    created_at    timestamptz not null default now(),
    last_login_at timestamptz
);

create table user_role (
    user_id bigint not null references app_user (id) on delete cascade,
    role    text not null check (role in ('OFFICER', 'LEADER', 'AGENCY', 'FACTCHECK', 'ADMIN')),
    primary key (user_id, role)
);

-- ingest ------------------------------------------------------------------------------------------------------------
create table source (
    id                    bigserial primary key,
    outlet_id             bigint not null references outlet (id),
    kind                  text not null check (kind in ('RSS', 'SITEMAP', 'LISTING')),
    url                   text not null unique,
    enabled               boolean not null default true,
    poll_interval_seconds integer not null default 1800,
    next_poll_at          timestamptz not null default now(),
    last_polled_at        timestamptz,
    last_success_at       timestamptz,
    last_new_item_at      timestamptz,
    error_streak          integer not null default 0,
    last_error            text,
    etag                  text,
    last_modified         text
);

-- Every link a source announces is recorded before its page is fetched, so a failed fetch loses nothing.
create table feed_item (
    id           bigserial primary key,
    source_id    bigint not null references source (id),
    url          text not null unique,
    title        text,
    summary      text,
    published_at timestamptz,
    status       text not null default 'NEW' check (status in ('NEW', 'FETCHED', 'FAILED')),
    attempts     integer not null default 0,
    last_error   text,
    seen_at      timestamptz not null default now()
);

create table article (
    id                bigserial primary key,
    source_id         bigint references source (id),
    outlet_id         bigint not null references outlet (id),
    url               text not null unique,
    title             text not null,
    lead              text,
    body              text not null,
    author            text,
    published_at      timestamptz,
    fetched_at        timestamptz not null default now(),
    content_hash      text not null,
    extraction_method text not null,
    snapshot_html     text
);
create index article_published_at on article (published_at desc);

-- classify ----------------------------------------------------------------------------------------------------------
create table classification (
    article_id      bigint primary key references article (id),
    profile_code    text not null,
    relevant        boolean not null,
    relevance_score double precision not null,
    tone            text not null check (tone in ('POSITIVE', 'NEUTRAL', 'NEGATIVE')),
    topic           text not null,
    needs_response  boolean not null,
    places          text not null default '',
    reasons         text not null,
    model_version   text not null,
    classified_at   timestamptz not null default now(),
    -- denormalised article summary, so readers of classifications need no join into ingest's tables
    title           text not null,
    lead            text,
    url             text not null,
    outlet_name     text not null,
    published_at    timestamptz
);
create index classification_relevant_published on classification (relevant, published_at desc);

-- triage ------------------------------------------------------------------------------------------------------------
create table inbox_item (
    article_id     bigint primary key,
    title          text not null,
    lead           text,
    url            text not null,
    outlet_name    text not null,
    published_at   timestamptz,
    relevant       boolean not null,
    tone           text not null,
    topic          text not null,
    needs_response boolean not null,
    places         text not null default '',
    reasons        text not null default '',
    status         text not null default 'NEW' check (status in ('NEW', 'TRIAGED', 'IN_CASE', 'DISMISSED')),
    case_id        bigint,
    decided_by     text,
    decided_at     timestamptz,
    version        integer not null default 0
);
create index inbox_item_status_published on inbox_item (status, published_at desc);

-- Officer corrections are labelled examples for the classifier.
create table triage_correction (
    id          bigserial primary key,
    article_id  bigint not null,
    field       text not null,
    before      text,
    after       text,
    corrected_by text not null,
    corrected_at timestamptz not null default now()
);

-- casework ----------------------------------------------------------------------------------------------------------
create table press_case (
    id                  bigserial primary key,
    article_id          bigint,
    article_title       text not null,
    article_url         text,
    outlet_name         text,
    issue               text not null,
    severity            text not null default 'NORMAL' check (severity in ('URGENT', 'NORMAL')),
    status              text not null default 'OPEN' check (status in ('OPEN', 'CLOSED')),
    process_instance_id text,
    deadline            date not null,
    opened_by           text not null,
    opened_at           timestamptz not null default now(),
    closed_at           timestamptz
);

create table assignment (
    id        bigserial primary key,
    case_id   bigint not null references press_case (id),
    agency_id bigint not null references agency (id),
    status    text not null default 'PENDING' check (status in ('PENDING', 'REPLIED', 'RETURNED', 'ACCEPTED')),
    overdue   boolean not null default false,
    deadline  date not null,
    unique (case_id, agency_id)
);

create table reply (
    id              bigserial primary key,
    assignment_id   bigint not null references assignment (id),
    text            text not null,
    document_number text,
    document_date   date,
    submitted_by    text not null,
    submitted_at    timestamptz not null default now(),
    review_outcome  text check (review_outcome in ('ACCEPTED', 'RETURNED')),
    review_comment  text,
    reviewed_by     text,
    reviewed_at     timestamptz
);

-- Append-only record of every case, verdict and bulletin action.
create table audit_event (
    id           bigserial primary key,
    occurred_at  timestamptz not null default now(),
    actor        text not null,
    action       text not null,
    subject_type text not null,
    subject_id   text not null,
    detail       text
);

create function audit_event_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only';
end $$;

create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_is_append_only();
