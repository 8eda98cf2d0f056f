-- ACTIVE serves its fans. DISABLED still verifies, acknowledges and stores pushes but answers
-- nothing and sends nothing. UNBOUND has its credentials wiped: its push URL is unknown again, its
-- fans and conversations stay for history, and binding the same AppID again brings it back.
alter table official_account add column state varchar(16) default 'ACTIVE' not null;

-- A changed push Token: WeChat signs with the old one until its console has the new one, so the old
-- one stays accepted until a push or handshake comes signed with the new one.
alter table official_account add column previous_token_enc varchar(512);
