-- classify: the agencies officers asked about an article (from casework's CaseOpened), so a later similar article is
-- suggested the same agencies.
create table app.agency_choice (
    article_id  bigint not null references app.article (id),
    agency_code text not null,
    chosen_at   timestamptz not null default now(),
    primary key (article_id, agency_code)
);

-- app.title_similarity: pg_trgm's similarity() of the folded titles, named by the extension's schema (which need not be
-- on the search path: see V50).
do $$
declare
    trgm_schema text;
begin
    select n.nspname into trgm_schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace
    where e.extname = 'pg_trgm';
    execute format($f$
        create or replace function app.title_similarity(a text, b text) returns real
        language sql immutable parallel safe
        as 'select %I.similarity(app.vn_fold(a), app.vn_fold(b))'
    $f$, trgm_schema);
end
$$;
