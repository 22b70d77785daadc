-- The schema of the first release. Portable SQL: the same file serves H2 and PostgreSQL.
create sequence directory_user_seq start with 1 increment by 50;
create sequence connection_request_seq start with 1 increment by 50;

create table directory_user (
    id bigint not null primary key,
    login_id varchar(256) not null,
    login_key varchar(256) not null,
    first_name varchar(200),
    middle_name varchar(200),
    last_name varchar(200),
    active boolean not null,
    version bigint not null
);
create unique index ux_directory_user_login_key on directory_user (login_key);

create table directory_user_email (
    user_id bigint not null references directory_user (id),
    position integer not null,
    email varchar(320),
    primary key (user_id, position)
);

create table directory_user_loyalty (
    user_id bigint not null references directory_user (id),
    supplier_id varchar(64) not null,
    loyalty_number varchar(100),
    primary key (user_id, supplier_id)
);

create table connection_request (
    id bigint not null primary key,
    public_id varchar(36) not null,
    supplier_id varchar(64) not null,
    user_id bigint not null references directory_user (id),
    first_name varchar(200),
    middle_name varchar(200),
    last_name varchar(200),
    loyalty_number varchar(100),
    status varchar(16) not null,
    available_at timestamp(6) with time zone,
    token_hash varchar(64),
    token_expires_at timestamp(6) with time zone,
    unanswered_deliveries integer not null,
    partner_retries integer not null,
    user_action_rounds integer not null,
    last_code varchar(8),
    created_at timestamp(6) with time zone not null,
    last_modified timestamp(6) with time zone not null,
    version bigint not null
);
create unique index ux_connection_request_public_id on connection_request (public_id);
create index ix_connection_request_listing on connection_request (supplier_id, status, id);
create index ix_connection_request_user on connection_request (user_id, supplier_id);
