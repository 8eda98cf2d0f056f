-- Who uploaded an image an agent sends, so that only they (and admins, and agents of the conversations
-- it appears in) can read or send it: media ids are sequential and easy to guess.
alter table desk.media add column uploaded_by varchar(64);
