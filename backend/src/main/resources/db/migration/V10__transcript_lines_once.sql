-- A push is recorded in a transcript once, and so is a message the desk sent: the claim race fixed with
-- this version had put some in twice. Keep the first line of each, then let the database refuse another.
delete from desk.conversation_message
 where inbound_id is not null
   and exists (select 1 from desk.conversation_message earlier
                where earlier.inbound_id = conversation_message.inbound_id and earlier.id < conversation_message.id);
delete from desk.conversation_message
 where outbound_id is not null
   and exists (select 1 from desk.conversation_message earlier
                where earlier.outbound_id = conversation_message.outbound_id and earlier.id < conversation_message.id);
create unique index conversation_message_once_per_inbound on desk.conversation_message (inbound_id);
create unique index conversation_message_once_per_outbound on desk.conversation_message (outbound_id);
