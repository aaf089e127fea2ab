-- Weekly and monthly bulletins report casework per agency, taken when the draft is built and frozen with the edition.
create table app.bulletin_case_status (
    bulletin_id  bigint not null references app.bulletin (id),
    agency_name  text not null,
    sent         integer not null,
    answered     integer not null,
    overdue      integer not null,
    position     integer not null,
    primary key (bulletin_id, agency_name)
);

create trigger bulletin_case_status_immutable before insert or update or delete on app.bulletin_case_status
    for each row execute function app.bulletin_part_is_immutable();
