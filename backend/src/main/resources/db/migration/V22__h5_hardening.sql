-- The H5 page's credentials, made revocable. Same SQL for PostgreSQL and plain H2, like V1.

-- The serial of the one H5 cookie a fan may use: each sign-in on the page draws a new one, so the cookie it
-- issues replaces the fan's older ones; null refuses them all.
alter table desk.fan add column h5_cookie_serial bigint;

-- The state of a web authorization under way. The return from WeChat deletes it, so a state is used once;
-- rows left by visitors who never came back are deleted once expired.
create table desk.h5_authorization_state (
  state      varchar(64) primary key,
  app_id     varchar(32) not null,
  expires_at timestamp with time zone not null
);
create index h5_authorization_state_expiry on desk.h5_authorization_state (expires_at);
