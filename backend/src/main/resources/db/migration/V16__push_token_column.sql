-- The push Token signs WeChat's pushes: whoever reads it can forge them, so it is kept encrypted like the
-- AppSecret and the EncodingAESKey. V17 (Java, it needs the secrets key) fills token_enc; V18 drops token.
alter table desk.official_account add column token_enc varchar(512);
