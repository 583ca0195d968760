-- Editors' accounts and the audit log of admin actions. The same SQL runs on H2 and PostgreSQL.
-- Ids come from hub_id_seq (V1), like every other table.
create table hub_user (
  id              bigint        not null primary key,
  email           varchar(320)  not null,
  display_name    varchar(200)  not null,
  password_hash   varchar(1000) not null,
  roles           varchar(200)  not null,
  partner_slug    varchar(200),
  created_at      timestamp(6) with time zone not null,
  failed_attempts integer       not null,
  locked_until    timestamp(6) with time zone,
  version         bigint        not null,
  -- Stored lower-cased by the application, so that one address is one account.
  constraint hub_user_email_uq unique (email)
);

create table audit_log (
  id          bigint        not null primary key,
  happened_at timestamp(6) with time zone not null,
  actor       varchar(320)  not null,
  action      varchar(100)  not null,
  target      varchar(500),
  detail      varchar(2000)
);

create index audit_log_happened_at_ix on audit_log (happened_at);
