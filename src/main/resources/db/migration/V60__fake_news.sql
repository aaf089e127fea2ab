-- Fake-news reports (tin giả, tin sai sự thật): public or internal intake, screening, verification, verdict,
-- leader approval and publication. Reporter contacts are personal data (Decree 13/2023): kept apart, deletable.
create table fake_news_report (
    id                      bigserial primary key,
    tracking_code           text not null unique,
    claim                   text not null,
    claim_key               text not null,          -- the claim folded (no diacritics, case, punctuation): duplicates
    platform                text not null,
    url                     text,
    seen_on                 date,
    channel                 text not null check (channel in ('PUBLIC', 'INTERNAL')),
    status                  text not null default 'RECEIVED'
                            check (status in ('RECEIVED', 'SCREENED_OUT', 'VERIFYING', 'PROPOSED', 'APPROVED', 'PUBLISHED')),
    screening_reason        text,
    verification_case_id    bigint,
    verdict                 text check (verdict in ('FAKE', 'FALSE', 'TRUE', 'UNVERIFIED')),
    conclusion              text,
    sources                 text,
    verifying_agency        text,
    proposed_by             text,
    approved_by             text,
    leader_comment          text,
    published_at            timestamptz,
    police_referral_number  text,
    police_referral_date    date,
    process_instance_id     text,
    duplicate_of            bigint references fake_news_report (id),
    created_by              text,
    created_at              timestamptz not null default now(),
    concluded_at            timestamptz
);
create index fake_news_report_status on fake_news_report (status, created_at desc);
create index fake_news_report_url on fake_news_report (url);
create index fake_news_report_claim_key on fake_news_report (claim_key);

create table fake_news_reporter (
    id          bigserial primary key,
    report_id   bigint not null references fake_news_report (id),
    contact     text not null,
    consent_at  timestamptz not null,
    added_at    timestamptz not null default now()
);

create table fake_news_file (
    id           bigserial primary key,
    report_id    bigint not null references fake_news_report (id),
    file_name    text not null,
    content_type text not null,
    sha256       text not null,
    content      bytea not null,
    uploaded_at  timestamptz not null default now()
);
