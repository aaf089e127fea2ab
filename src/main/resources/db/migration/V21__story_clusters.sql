-- The same story published by several outlets (syndicated from TTXVN, re-published with small edits) is one cluster.
create table app.story_cluster (
    id              bigserial primary key,
    title           text not null,
    first_article_id bigint,
    created_at      timestamptz not null default now(),
    last_article_at timestamptz not null default now(),
    article_count   integer not null default 0
);

alter table app.article add column cluster_id bigint references app.story_cluster (id);
-- MinHash signature of the article's word shingles (100 × 32-bit), null when the text is too short to compare
alter table app.article add column minhash bytea;
create index article_cluster on app.article (cluster_id);
create index article_content_hash on app.article (content_hash);

-- Locality-sensitive hashing: articles sharing one band of their signature are candidates for the same story.
create table app.article_minhash_band (
    band       smallint not null,
    bucket     bigint not null,
    article_id bigint not null references app.article (id),
    story_at   timestamptz not null,
    primary key (band, bucket, article_id)
);
create index article_minhash_band_story_at on app.article_minhash_band (story_at);
