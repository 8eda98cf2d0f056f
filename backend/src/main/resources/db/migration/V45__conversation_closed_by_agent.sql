-- An ended conversation stays in its agent's list, readable with what followed the end (end text,
-- survey, rating), until the agent closes it. The close is kept on the server so that a reload or a
-- second tab shows the same list. Conversations that ended before this migration count as closed.
-- Same SQL for PostgreSQL and plain H2, like V1.
create table desk.conversation_closed (
  conversation_id  bigint      not null references desk.conversation (id),
  username         varchar(64) not null,
  closed_at        timestamp with time zone not null,
  primary key (conversation_id, username)
);

insert into desk.conversation_closed (conversation_id, username, closed_at)
select id, agent_username, ended_at from desk.conversation
 where status = 'ENDED' and agent_username is not null and ended_at is not null;
