-- Conversation history (历史会话) lists conversations newest first, all of them for admins and an agent's own
-- for agents; both orders are read from an index instead of sorting every conversation.
create index conversation_started on conversation (started_at, id);
create index conversation_agent_started on conversation (agent_id, started_at, id);
