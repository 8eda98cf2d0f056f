-- Customer-service accounts (客服账号) in WeChat: with them on, an agent's replies reach the fan under the
-- agent's own nickname and picture instead of the account's. The suffix of every kf_account is the
-- Official Account's WeChat ID (微信号), which WeChat's API cannot tell the desk.
create table wechat_kf_settings (
  account_id bigint primary key references official_account (id) on delete cascade,
  wechat_id  varchar(20) not null,
  enabled    boolean not null,
  updated_at timestamp with time zone not null
);

-- One agent's customer-service account on one Official Account, as last synchronised with WeChat.
create table wechat_kf_account (
  account_id       bigint not null references official_account (id) on delete cascade,
  user_id          bigint not null references desk_user (id) on delete cascade,
  kf_account       varchar(64) not null,
  nickname         varchar(64) not null,
  avatar_url       varchar(500),
  synced_at        timestamp with time zone,
  error_code       integer,
  error_reason     varchar(64),
  primary key (account_id, user_id)
);
