-- The agency task list and the officer overview are read many times a day over thousands of cases.
create index assignment_agency_status on assignment (agency_id, status);
create index assignment_case on assignment (case_id);
create index press_case_process_instance on press_case (process_instance_id);
create index press_case_status_opened on press_case (status, opened_at desc);
create index reply_assignment on reply (assignment_id);
create index audit_event_subject on audit_event (subject_type, subject_id);
