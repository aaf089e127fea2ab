-- sites: the province's own state websites (Trang thông tin điện tử) and their compliance checks ------------------

create table app.website (
    id             bigserial primary key,
    agency_id      bigint references app.agency (id),
    name           text not null,
    url            text not null unique,
    level          text not null check (level in ('PROVINCE', 'DEPARTMENT', 'DISTRICT', 'COMMUNE')),
    contact_email  text,
    active         boolean not null default true,
    created_at     timestamptz not null default now(),
    -- the scheduler claims due sites with FOR UPDATE SKIP LOCKED and moves this forward
    next_check_at  timestamptz not null default now()
);

create index website_due on app.website (next_check_at) where active;

-- What is checked is data: a campaign banner, a Decree 42 section, a named column, or the site's own health.
create table app.website_check (
    id            bigserial primary key,
    code          text not null unique,
    label         text not null,
    kind          text not null check (kind in ('REACHABLE', 'TLS', 'RESPONSE_TIME', 'BANNER', 'SECTION', 'COLUMN')),
    -- BANNER: a regular expression looked for in image addresses and alt text, link addresses and page text;
    -- SECTION/COLUMN: a regular expression matched against the text of the home page's links
    pattern       text,
    -- SECTION: the newest date on the section page must be at most this old (null: existence is enough)
    max_age_days  integer check (max_age_days is null or max_age_days > 0),
    -- RESPONSE_TIME: slower than this is amber, slower than twice this is red
    threshold_ms  integer check (threshold_ms is null or threshold_ms > 0),
    -- COLUMN: posts needed in each calendar week (Monday–Sunday)
    min_posts_per_week integer check (min_posts_per_week is null or min_posts_per_week > 0),
    -- comma-separated levels the check applies to; null: all levels
    levels        text,
    enabled       boolean not null default true,
    position      integer not null default 100
);

create table app.website_result (
    id          bigserial primary key,
    website_id  bigint not null references app.website (id) on delete cascade,
    check_id    bigint not null references app.website_check (id) on delete cascade,
    checked_at  timestamptz not null,
    status      text not null check (status in ('GREEN', 'AMBER', 'RED')),
    detail      text not null,
    -- the page the verdict rests on (the section or column page found), for the officer to open
    evidence_url text,
    response_ms integer
);

create index website_result_latest on app.website_result (website_id, check_id, checked_at desc);
create index website_result_time on app.website_result (check_id, checked_at);

-- Posts seen in a named column, for the “≥ 1 post a week” rule of the digital-transformation plan.
create table app.website_post (
    id            bigserial primary key,
    website_id    bigint not null references app.website (id) on delete cascade,
    check_id      bigint not null references app.website_check (id) on delete cascade,
    url           text not null,
    title         text not null,
    -- the date printed next to the post; the day we first saw it when the page prints none
    published_on  date not null,
    first_seen_at timestamptz not null default now(),
    unique (website_id, check_id, url)
);

create table app.website_alert (
    id          bigserial primary key,
    website_id  bigint not null references app.website (id) on delete cascade,
    sent_at     timestamptz not null,
    recipients  text not null,
    checks      text not null
);

create index website_alert_latest on app.website_alert (website_id, sent_at desc);

insert into app.website_check (code, label, kind, pattern, max_age_days, threshold_ms, min_posts_per_week, position) values
    ('truy-cap', 'Truy cập được', 'REACHABLE', null, null, null, null, 10),
    ('https', 'HTTPS, chứng chỉ hợp lệ', 'TLS', null, null, null, null, 20),
    ('toc-do', 'Thời gian phản hồi', 'RESPONSE_TIME', null, null, 3000, null, 30),
    ('banner-dai-hoi', 'Banner tuyên truyền Đại hội Đảng', 'BANNER', 'dai hoi.*dang|daihoi|dai-hoi', null, null, null, 40),
    ('chuyen-doi-so', 'Chuyên mục “Chuyển đổi số”', 'COLUMN', 'chuyen doi so', null, null, 1, 50),
    -- Decree 42/2022/NĐ-CP art. 4: information a state agency's portal or website must provide (editable list)
    ('nd42-gioi-thieu', 'Thông tin giới thiệu (cơ cấu tổ chức, chức năng, nhiệm vụ)', 'SECTION', 'gioi thieu|co cau to chuc|chuc nang,? nhiem vu', null, null, null, 60),
    ('nd42-tin-tuc', 'Tin tức, sự kiện', 'SECTION', 'tin tuc|su kien', 7, null, null, 61),
    ('nd42-chi-dao', 'Thông tin chỉ đạo, điều hành', 'SECTION', 'chi dao,? dieu hanh', 30, null, null, 62),
    ('nd42-van-ban', 'Văn bản quy phạm pháp luật, văn bản quản lý', 'SECTION', 'van ban', 90, null, null, 63),
    ('nd42-thu-tuc', 'Thủ tục hành chính, dịch vụ công trực tuyến', 'SECTION', 'thu tuc hanh chinh|dich vu cong', null, null, null, 64),
    ('nd42-chien-luoc', 'Chiến lược, quy hoạch, kế hoạch phát triển', 'SECTION', 'quy hoach|ke hoach|chien luoc', null, null, null, 65),
    ('nd42-du-an', 'Dự án, đầu tư, đấu thầu, mua sắm công', 'SECTION', 'du an|dau tu|dau thau|mua sam cong', null, null, null, 66),
    ('nd42-gop-y', 'Lấy ý kiến góp ý dự thảo', 'SECTION', 'y kien|gop y|du thao', null, null, null, 67),
    ('nd42-lien-he', 'Thông tin liên hệ', 'SECTION', 'lien he', null, null, null, 68);
