-- Content items and their revisions. The same SQL runs on H2 and PostgreSQL.
-- EclipseLink takes the value it draws as the top of a block of 50, so the first value is 50.
create sequence hub_id_seq start with 50 increment by 50;

create table content_item (
  id           bigint        not null primary key,
  type         varchar(64)   not null,
  slug         varchar(200)  not null,
  language     varchar(16)   not null,
  title        varchar(500)  not null,
  summary      text,
  body         text,
  fields_json  text          not null,
  status       varchar(20)   not null,
  source_path  varchar(1000),
  source_hash  varchar(64),
  created_at   timestamp(6) with time zone not null,
  updated_at   timestamp(6) with time zone not null,
  published_at timestamp(6) with time zone,
  revision     integer       not null,
  version      bigint        not null,
  constraint content_item_slug_uq unique (type, language, slug),
  constraint content_item_source_uq unique (source_path)
);

create index content_item_type_status_ix on content_item (type, status);

create table content_revision (
  id          bigint       not null primary key,
  item_id     bigint       not null references content_item (id) on delete cascade,
  number      integer      not null,
  title       varchar(500) not null,
  summary     text,
  body        text,
  fields_json text         not null,
  status      varchar(20)  not null,
  created_at  timestamp(6) with time zone not null,
  author      varchar(200) not null,
  note        varchar(1000),
  constraint content_revision_number_uq unique (item_id, number)
);
