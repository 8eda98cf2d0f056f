-- The H5 channel keeps its visitors' cookie serials in a table of its own: desk.fan belongs to the fan
-- feature, and a channel adds its facts about a fan beside it rather than into it.
create table desk.h5_cookie_serial (
  fan_id bigint primary key references desk.fan (id) on delete cascade,
  serial bigint not null
);

insert into desk.h5_cookie_serial (fan_id, serial)
select id, h5_cookie_serial from desk.fan where h5_cookie_serial is not null;

alter table desk.fan drop column h5_cookie_serial;
