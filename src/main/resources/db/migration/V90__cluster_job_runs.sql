-- Scheduled jobs run once per cluster: a node runs a job's slot (e.g. the nightly retraining of one day) only if it
-- inserted the slot's row first. Old rows are pruned by the job that claims the slots.
create table app.cluster_job_run (
    job        text not null,
    slot       text not null,
    node       text not null,
    claimed_at timestamptz not null default now(),
    primary key (job, slot)
);
