-- The link in the rating template message: an unguessable token that lets a fan, who has no login,
-- rate one conversation while its invitation is open.
create table rating_link (
  token            varchar(64) primary key,
  conversation_id  bigint      not null unique references conversation (id),
  created_at       timestamp with time zone not null
);
