-- What each item points to: references to other items (by type and slug) and taxonomy terms
-- (by vocabulary and term key), so that partner, project and term pages are plain queries.
create table content_link (
  id         bigint       not null primary key,
  item_id    bigint       not null references content_item (id) on delete cascade,
  field      varchar(64)  not null,
  kind       varchar(16)  not null,
  scope      varchar(64)  not null,
  link_value varchar(300) not null,
  link_key   varchar(300) not null
);

create index content_link_target_ix on content_link (kind, scope, link_key);
create index content_link_item_ix on content_link (item_id);

-- Old slugs keep working: a request for one is redirected (301) to the item's current address.
create table slug_redirect (
  type       varchar(64)  not null,
  language   varchar(16)  not null,
  old_slug   varchar(200) not null,
  item_id    bigint       not null references content_item (id) on delete cascade,
  created_at timestamp(6) with time zone not null,
  constraint slug_redirect_pk primary key (type, language, old_slug)
);
