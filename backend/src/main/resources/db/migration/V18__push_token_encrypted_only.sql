alter table desk.official_account drop column token;
alter table desk.official_account alter column token_enc set not null;
