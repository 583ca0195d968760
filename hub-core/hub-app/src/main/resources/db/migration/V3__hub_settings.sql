-- Small facts the Hub keeps about itself, such as which version of the rules built derived data.
create table hub_setting (
  name          varchar(100)  not null primary key,
  setting_value varchar(1000) not null
);
