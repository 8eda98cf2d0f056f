-- Why the desk turned a refused conversation away (OUT_OF_HOURS or NO_AGENT: the fan was asked to leave a
-- message instead of queueing), so that reports break the refused conversations down by reason in the
-- same pass as the other totals. Nothing was refused before: the flow did not record it.
alter table desk.conversation_summary add column refused_reason varchar(32);
