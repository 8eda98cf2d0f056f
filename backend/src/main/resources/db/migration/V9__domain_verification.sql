-- The file WeChat asks to find at the root of a web-authorization domain (网页授权域名), e.g.
-- MP_verify_AbCd1234.txt: the desk serves it, so the H5 page's domain needs no web server in front just for it.
-- One per account; names are unique, since every account's file is served from the same root.
create table desk.domain_verification_file (
  account_id  bigint      primary key references desk.official_account (id),
  file_name   varchar(64) not null unique,
  content     varchar(64) not null,
  updated_at  timestamp with time zone not null
);
