-- What the desk says in a transcript is a code with parameters (JSON), worded by the workbench in the
-- agent's language; lines written before keep their text.
alter table desk.conversation_message add column notice varchar(1000);
