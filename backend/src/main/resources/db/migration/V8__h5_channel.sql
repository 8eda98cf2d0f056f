-- The H5 chat page: a second way for fans to reach the desk, beside WeChat's message push.
-- Same SQL for PostgreSQL and plain H2, like V1.

-- How the account's H5 chat page learns who the visitor is: NONE (anonymous H5 access), BASE (silent web
-- authorization, openid only) or USERINFO (web authorization with the visitor's consent: nickname, avatar).
alter table desk.official_account add column h5_authorization varchar(8) default 'BASE' not null;

-- A visitor of the H5 page without web authorization: the openid is the desk's own and WeChat does not
-- know it, so nothing may be sent to it through WeChat.
alter table desk.fan add column web_visitor boolean default false not null;

-- Where the fan wrote from, and so where the desk's answers go: WECHAT or H5. A conversation follows the
-- fan's latest message.
alter table desk.inbound_message add column channel varchar(8) default 'WECHAT' not null;
alter table desk.outbound_message add column channel varchar(8) default 'WECHAT' not null;
alter table desk.conversation add column channel varchar(8) default 'WECHAT' not null;

-- The H5 page reads a fan's messages across conversations.
create index conversation_fan on desk.conversation (fan_id, id);
