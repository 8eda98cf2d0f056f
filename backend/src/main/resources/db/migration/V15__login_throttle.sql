-- Failed logins are counted per name and client address, not per user: a stranger's failures lock out
-- only the stranger's own address for that name, never the user, and unknown names are counted like known
-- ones, so the answers do not tell which names exist. The row with an empty name is the address as a whole.
create table desk.login_failure (
  username         varchar(64) not null,
  address          varchar(64) not null,
  failures         int         not null,
  locks            int         not null default 0,
  locked_until     timestamp with time zone,
  last_failure_at  timestamp with time zone not null,
  primary key (username, address)
);
create index login_failure_by_address on desk.login_failure (address, last_failure_at);
create index login_failure_recent on desk.login_failure (last_failure_at);
alter table desk.desk_user drop column failed_logins;
alter table desk.desk_user drop column locked_until;
