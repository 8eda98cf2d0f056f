-- Working hours per account (工作时间): the weekly schedule, holidays and the out-of-hours text, as
-- one JSON document like the flow settings. No row: switched off, the desk is always open.
create table working_hours (
  account_id  bigint primary key references official_account (id),
  settings    varchar(65536) not null,
  updated_at  timestamp with time zone not null,
  updated_by  varchar(64) not null
);
