-- Agencies suggested by bpmn/agency-routing.dmn for each classification (comma-separated agency codes).
alter table app.classification add column agencies text not null default '';

-- Classifier models retrained from the labelled base data and officer corrections. The active one replaces the
-- shipped classify/model.tsv; a candidate is stored even when it lost, so the history shows why it was not deployed.
create table app.classifier_model (
    version          text primary key,
    body             text not null,
    active           boolean not null default false,
    examples         integer not null,
    corrections      integer not null,
    current_score    double precision,
    candidate_score  double precision,
    trained_at       timestamptz not null default now(),
    trained_by       text not null
);
create unique index classifier_model_one_active on app.classifier_model (active) where active;
