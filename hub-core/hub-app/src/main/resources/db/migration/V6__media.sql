-- The media library: one row per uploaded image or PDF. The bytes are files in the data
-- directory, named by their SHA-256 (which also finds the same file uploaded twice). The same SQL
-- runs on H2 and PostgreSQL; ids come from hub_id_seq (V1).
create table media_item (
  id             bigint        not null primary key,
  file_name      varchar(255)  not null,
  content_type   varchar(100)  not null,
  size_bytes     bigint        not null,
  width          integer,
  height         integer,
  alt_text       varchar(1000),
  title          varchar(500),
  partner_slug   varchar(200),
  uploaded_by    varchar(320)  not null,
  uploaded_at    timestamp(6) with time zone not null,
  sha256         varchar(64)   not null,
  variant_type   varchar(100),
  variant_widths varchar(100),
  version        bigint        not null
);

create index media_item_sha256_ix on media_item (sha256);
create index media_item_partner_ix on media_item (partner_slug);
