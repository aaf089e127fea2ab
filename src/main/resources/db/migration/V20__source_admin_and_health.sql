-- Sources: where a source came from (the outlet catalogue or an administrator), what the catalogue says about it,
-- and when an administrator last changed it, so a restart never overrides an administrator's decision.
alter table app.source add column origin text not null default 'ADMIN' check (origin in ('ADMIN', 'CATALOG'));
alter table app.source add column note text;
alter table app.source add column admin_changed_at timestamptz;

-- An item that failed because its page could not be read as an article (not because it could not be fetched):
-- several of these in a row suggest the outlet changed its layout.
alter table app.feed_item add column failure_kind text check (failure_kind in ('FETCH', 'EXTRACT'));
alter table app.feed_item add column attempted_at timestamptz;
create index feed_item_source_attempted on app.feed_item (source_id, attempted_at desc);
create index article_source_fetched on app.article (source_id, fetched_at desc);
