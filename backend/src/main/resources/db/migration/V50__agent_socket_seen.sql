-- When a node last saw one of the agent's workbench sockets open (at connect, at close and at each node's
-- heartbeat). An agent whose sockets have all been gone longer than desk.presence.offline-grace goes
-- offline, so that no fan is assigned to an absent agent. Null: no socket to follow (never opened one, or
-- presence was set since), and the agent keeps the presence they chose.
alter table agent_profile add column socket_seen_at timestamp with time zone;
