-- Relevance and status are far from independent: every irrelevant article stays NEW, and relevant ones older than a
-- day or two are decided. Estimated apart, “relevant and status = NEW” came out at 10 % of a million rows (really a
-- few hundred), so PostgreSQL read the whole table for the inbox count (417 ms at 1,000,000 articles). Joint
-- statistics give the planner the real combination and it walks inbox_item_relevant_status_newest.
create statistics app.inbox_item_relevant_status (mcv, dependencies) on relevant, status from app.inbox_item;
analyze app.inbox_item;
