-- The user directory as SCIM provisions it: a random public ID, the identity provider's
-- externalId, timestamps, deletion that keeps the row (connection requests refer to it) and
-- frees the login ID, and e-mail addresses with their type, primary flag and lookup key.
-- ${uuid_text} is a random UUID as text, an expression SchemaMigrations sets for the database.
alter table directory_user add column public_id varchar(36);
update directory_user set public_id = ${uuid_text};
alter table directory_user alter column public_id set not null;
create unique index ux_directory_user_public_id on directory_user (public_id);

alter table directory_user add column external_id varchar(256);
create index ix_directory_user_external_id on directory_user (external_id);

alter table directory_user add column created_at timestamp(6) with time zone;
alter table directory_user add column last_modified timestamp(6) with time zone;
update directory_user set created_at = current_timestamp, last_modified = current_timestamp;
alter table directory_user alter column created_at set not null;
alter table directory_user alter column last_modified set not null;

alter table directory_user add column deleted_at timestamp(6) with time zone;
alter table directory_user alter column login_key drop not null;

alter table directory_user_email add column email_key varchar(320);
update directory_user_email set email_key = lower(email);
alter table directory_user_email add column email_type varchar(32);
alter table directory_user_email add column email_primary boolean;
update directory_user_email set email_primary = false;
alter table directory_user_email alter column email_primary set not null;
create index ix_directory_user_email_key on directory_user_email (email_key);

-- Why a request failed for good, for admins; and the e-mail addresses it carries.
alter table connection_request add column failure_reason varchar(40);
alter table connection_request add column emails varchar(1700);
