-- Evidence: the bytes of each article page exactly as fetched, gzip-compressed, with their SHA-256 and fetch time.
-- Cases and fake-news verdicts cite it, so it can be neither changed nor deleted.
create table app.article_snapshot (
    article_id   bigint primary key references app.article (id),
    url          text not null,
    fetched_at   timestamptz not null,
    content_type text,
    sha256       text not null,
    size_bytes   integer not null,
    content_gzip bytea not null
);

create function app.refuse_snapshot_change() returns trigger language plpgsql as $$
begin
    raise exception 'article_snapshot is evidence and cannot be changed or deleted (article %)', old.article_id;
end;
$$;

create trigger article_snapshot_immutable before update or delete on app.article_snapshot
    for each row execute function app.refuse_snapshot_change();
