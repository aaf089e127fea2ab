-- Failed sign-ins per user name, shared by every node, so repeated guessing locks the name for a while (ASVS 2.2.1).
create table app.login_failure (
    username      text primary key,
    failures      integer not null,
    last_failure  timestamptz not null,
    locked_until  timestamptz
);
