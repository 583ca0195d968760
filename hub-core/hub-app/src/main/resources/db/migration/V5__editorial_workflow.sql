-- The editorial workflow (issue 6). The same SQL runs on H2 and PostgreSQL.

-- Where each item edited in the admin stands: the workflow state of the version being worked on,
-- the pending working copy of a published item (null when there is none: readers keep seeing the
-- live content_item row until it is published), the schedule, and the version a save must match.
-- The row is kept for the item's life, so its version only ever grows.
create table editorial_item (
  item_id             bigint       not null primary key references content_item (id) on delete cascade,
  state               varchar(20)  not null,
  working_title       varchar(500),
  working_summary     text,
  working_body        text,
  working_fields_json text,
  publish_at          timestamp(6) with time zone,
  unpublish_at        timestamp(6) with time zone,
  updated_by          varchar(320),
  updated_at          timestamp(6) with time zone not null,
  version             bigint       not null
);

create index editorial_item_publish_at_ix on editorial_item (publish_at);
create index editorial_item_unpublish_at_ix on editorial_item (unpublish_at);

-- A revision may be of a working copy that was not live when saved.
alter table content_revision add column working boolean default false not null;

-- Personal API tokens, so that a partner's own system can submit content. Only a SHA-256 of the
-- token is kept; the token itself is shown once, when issued.
create table api_token (
  id         bigint       not null primary key,
  email      varchar(320) not null,
  token_hash varchar(64)  not null,
  label      varchar(200),
  created_at timestamp(6) with time zone not null,
  last_used  timestamp(6) with time zone,
  constraint api_token_hash_uq unique (token_hash)
);
