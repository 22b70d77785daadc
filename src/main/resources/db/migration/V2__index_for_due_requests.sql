-- The poll also picks up Retry and Processing requests whose delay or lease has passed:
-- per supplier and status, by the time they become available.
create index ix_connection_request_due on connection_request (supplier_id, status, available_at);

-- Databases made before the migrations existed (Hibernate's own DDL, taken as version 1) hold
-- the two codes as H2 enum columns; make them plain text as version 1 does (no-op there).
alter table connection_request alter column status set data type varchar(16);
alter table connection_request alter column last_code set data type varchar(8);
