-- Readers' comments on items, held for moderation. The same SQL runs on H2 and PostgreSQL.
-- Ids come from hub_id_seq (V1), like every other table.
-- An issue's sections and its articles' order need no table: they live in the items' fields
-- (the issue's "sections", each article's "issue", "section" and "position"), where the public
-- pages, the PDF and publishing already read them.
create table hub_comment (
  id            bigint        not null primary key,
  item_id       bigint        not null,
  author_name   varchar(100)  not null,
  -- Never shown: only for the editors to reply.
  author_email  varchar(320),
  body          text          not null,
  -- HELD until an editor approves it; SPAM is kept out of sight; rejected ones are deleted.
  status        varchar(20)   not null,
  created_at    timestamp(6) with time zone not null,
  moderated_at  timestamp(6) with time zone,
  moderated_by  varchar(320),
  constraint hub_comment_item_fk foreign key (item_id) references content_item (id) on delete cascade
);

create index hub_comment_item_status_ix on hub_comment (item_id, status);
create index hub_comment_status_ix on hub_comment (status, created_at);
