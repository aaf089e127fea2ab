-- Link-selection rules of a LISTING source (a listing, tag or search page), kept as data so an administrator can
-- change them without a release: a CSS selector for the article links and optional include/exclude regular
-- expressions matched against the absolute link. All null means the default rule (article-looking links in the
-- page's main area).
alter table app.source add column link_selector text;
alter table app.source add column link_include text;
alter table app.source add column link_exclude text;
