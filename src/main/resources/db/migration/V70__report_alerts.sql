-- Report module (issue 10): the watch list officers keep, the alerts raised (one per story, place-day or watched
-- story; the unique key deduplicates), when each alert was mailed (held during quiet hours), and the daily summaries sent.
create table app.watch_term (
    id          bigserial primary key,
    term        text not null,
    normalized  text not null unique,
    kind        text not null default 'OTHER' check (kind in ('PERSON', 'PROJECT', 'OTHER')),
    created_by  text not null,
    created_at  timestamptz not null default now()
);

create table app.alert (
    id          bigserial primary key,
    kind        text not null check (kind in ('STORY_SPIKE', 'PLACE_SPIKE', 'WATCH')),
    dedup_key   text not null unique,
    article_id  bigint,
    title       text not null,
    link        text not null,
    detail      text not null,
    created_at  timestamptz not null default now(),
    mailed_at   timestamptz
);
create index alert_unmailed on app.alert (created_at) where mailed_at is null;
create index alert_created on app.alert (created_at desc);

create table app.alert_daily_summary (
    day         date primary key,
    sent_at     timestamptz not null default now(),
    recipients  text not null default ''
);
