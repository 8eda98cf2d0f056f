-- Asking WeChat who a fan is (user/info) is work kept in the database, like pushes and the outbox: due
-- when a fan first writes, taken under a lease, retried with backoff, so a burst of new fans or a restart
-- loses none of it (an in-memory queue used to drop what did not fit).
alter table desk.fan add column profile_due_at timestamp with time zone;
alter table desk.fan add column profile_attempts int not null default 0;
alter table desk.fan add column profile_fetched_at timestamp with time zone;
update desk.fan set profile_fetched_at = first_seen_at
 where exists (select 1 from desk.fan_profile p where p.fan_id = fan.id);
create index fan_profile_due on desk.fan (profile_due_at);
