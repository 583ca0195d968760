-- An editor's own time zone (an IANA name such as Europe/Stockholm): the admin screens read and
-- show dates and times in it. Null means the site's default (hub.timezone).
alter table hub_user add column time_zone varchar(64);
