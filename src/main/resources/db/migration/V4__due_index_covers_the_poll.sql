-- The poll finds the requests whose lease has run out by this index alone: with the count of
-- unanswered deliveries in it, no row is read to check that a request may be delivered again.
drop index ix_connection_request_due;
create index ix_connection_request_due
    on connection_request (supplier_id, status, available_at, unanswered_deliveries);
