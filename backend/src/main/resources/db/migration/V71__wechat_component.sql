-- The desk's WeChat Open Platform third-party platform (第三方平台, "component"): one row at most.
-- Its AppSecret, message Token and EncodingAESKey are encrypted like the accounts' secrets. WeChat
-- pushes component_verify_ticket every 10 minutes; the component access token got with it is shared
-- by every node, refreshed by whoever holds the lease (the same scheme as desk.access_token).
create table wechat_component (
  id                    integer primary key check (id = 1),
  app_id                varchar(32) not null,
  app_secret_enc        varchar(512) not null,
  token_enc             varchar(512) not null,
  encoding_aes_key_enc  varchar(512) not null,
  verify_ticket_enc     varchar(2048),
  verify_ticket_at      timestamp with time zone,
  access_token_enc      varchar(2048),
  access_token_expires  timestamp with time zone,
  lease_owner           varchar(100),
  lease_until           timestamp with time zone,
  updated_at            timestamp with time zone not null
);

-- An account bound by the admin's authorization (扫码授权) through the component. The refresh token
-- is issued once and never again: losing it loses the binding, so a failed refresh never touches it.
-- func_ids are the permission sets (权限集) granted, comma-separated; 1 is message management, without
-- which the account is bound for web authorization only and its push channel stays off.
create table wechat_authorizer (
  account_id          bigint primary key references official_account (id),
  refresh_token_enc   varchar(2048) not null,
  func_ids            varchar(500) not null,
  service_type        integer not null,
  verify_type         integer not null,
  head_img            varchar(1000),
  authorized_at       timestamp with time zone not null,
  unauthorized_at     timestamp with time zone
);

-- How an account is bound: DEVELOPER (its AppSecret, Token and EncodingAESKey typed in the desk) or
-- COMPONENT (authorized through the third-party platform; its secrets are empty, WeChat signs and
-- encrypts its pushes with the component's). An account is never bound both ways.
alter table official_account add column binding varchar(16) default 'DEVELOPER' not null;

-- The state of each authorization under way (扫码授权), so that any node takes WeChat's return and each
-- return is taken once: a callback replayed from a browser's history or a log binds nothing.
create table wechat_authorization_state (
  state       varchar(32) primary key,
  expires_at  timestamp with time zone not null
);
