-- Triage inbox at 1,000,000 articles (issue 7's benchmark, TriageBenchmark).
--
-- The inbox lists newest first with NULLS LAST; a plain “published_at desc” index sorts nulls first and cannot give
-- that order, so PostgreSQL sorted every hit. These indexes walk the hits in page order and stop after a page:
-- the default view (relevant, one status), any status, and the outlet filter (also the outlet list, by skip scan).
create index inbox_item_relevant_status_newest on app.inbox_item
    (relevant, status, published_at desc nulls last, article_id desc);
create index inbox_item_relevant_newest on app.inbox_item (relevant, published_at desc nulls last, article_id desc);
create index inbox_item_outlet_newest on app.inbox_item (outlet_name, published_at desc nulls last, article_id desc);
drop index app.inbox_item_relevant_status_published;

-- Search within the relevant articles (the usual case) reads a GIN index an eighth of the size of the whole one;
-- the whole one stays for the “not relevant” bin.
create index inbox_item_search_relevant on app.inbox_item using gin (search_doc) where relevant;
