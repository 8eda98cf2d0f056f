-- The supervisors' monitor lists every conversation not yet ended; nearly all rows have ended, so
-- an index on the status finds the few live ones without reading the rest.
create index conversation_status on desk.conversation (status);
