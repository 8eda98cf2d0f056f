-- A fan's media that WeChat did not hand over at once is fetched apart from the message, which goes on
-- without it: a failing media download no longer holds up the fan's conversation and later messages.
-- media_status: null (no media, or kept with the message), PENDING (being fetched), KEPT, FAILED.
alter table desk.inbound_message add column media_status varchar(16);
alter table desk.inbound_message add column media_attempts int not null default 0;
alter table desk.inbound_message add column media_due_at timestamp with time zone;
alter table desk.inbound_message add column media_error varchar(500);
create index inbound_media_due on desk.inbound_message (media_due_at);
