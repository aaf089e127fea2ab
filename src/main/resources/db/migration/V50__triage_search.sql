-- Triage workspace: diacritic-insensitive search, story grouping, bulletin picks, saved filters (issue 7).
--
-- unaccent and pg_trgm are "trusted" contrib extensions (PostgreSQL 13+): the database owner may create them without
-- superuser rights. Both ship with Debian's postgresql-15 and with the zonky embedded binaries (16.x).
create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- app.vn_fold: lower case, no diacritics, đ → d. unaccent() is only STABLE (it reads a dictionary), so an index needs
-- an IMMUTABLE wrapper naming the dictionary and function by schema. The extension may already live in another schema
-- (public, on a server where someone created it before), hence the lookup. Older unaccent.rules miss đ/Đ: translate.
do $$
declare
    ext_schema text;
begin
    select n.nspname into ext_schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'unaccent';
    execute format($f$
        create or replace function app.vn_fold(input text) returns text
        language sql immutable strict parallel safe
        as $body$ select lower(%1$I.unaccent(%2$L::regdictionary, translate(input, 'đĐ', 'dD'))) $body$
    $f$, ext_schema, quote_ident(ext_schema) || '.unaccent');
end
$$;

-- The article's body (plain text, at most 100 000 characters — a tsvector holds at most 1 MB),
-- copied from ingest when the item arrives so search needs no join across modules.
alter table app.inbox_item add column search_text text;
alter table app.inbox_item add column story_key text;
alter table app.inbox_item add column bulletin_date date;
alter table app.inbox_item add column bulletin_by text;

-- Items that arrived before this migration: their article text, once.
update app.inbox_item i set search_text = left(a.body, 100000)
from app.article a where a.id = i.article_id;
update app.inbox_item set story_key = regexp_replace(app.vn_fold(title), '[^a-z0-9]+', ' ', 'g');
alter table app.inbox_item alter column story_key set not null;

alter table app.inbox_item add column search_doc tsvector generated always as (
    to_tsvector('simple'::regconfig, app.vn_fold(title || ' ' || coalesce(lead, '') || ' ' || coalesce(search_text, '')))
) stored;

create index inbox_item_search on app.inbox_item using gin (search_doc);
create index inbox_item_relevant_status_published on app.inbox_item (relevant, status, published_at desc, article_id desc);
create index inbox_item_story on app.inbox_item (story_key);
create index inbox_item_bulletin on app.inbox_item (bulletin_date) where bulletin_date is not null;

do $$
declare
    trgm_schema text;
begin
    select n.nspname into trgm_schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    -- places are short ("Đà Lạt, Bảo Lộc"): a trigram index serves the place filter's substring match
    execute format('create index inbox_item_places_trgm on app.inbox_item using gin (app.vn_fold(places) %I.gin_trgm_ops)',
        trgm_schema);
end
$$;

-- Which tone/topic/relevance/needs-response decision an officer corrected, for the classifier's learning; the shape
-- stays as classify reads it.
create index triage_correction_article on app.triage_correction (article_id);

-- Filters an officer keeps ("Tiêu cực tuần này", "Đà Lạt") as the query string of the inbox.
create table app.triage_saved_filter (
    id         bigserial primary key,
    username   text not null,
    name       text not null,
    query      text not null,
    created_at timestamptz not null default now(),
    unique (username, name)
);
