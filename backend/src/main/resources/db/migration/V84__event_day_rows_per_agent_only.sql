-- Timeouts and transfers are counted per agent only (see DailyRollup.happened): the rows summing every
-- agent (agent -1), which every timer of an account and queue updated, go; reports sum the agents' rows
-- of the period, found by their day.
delete from desk.conversation_event_day where agent_id = -1;
create index conversation_event_day_on on desk.conversation_event_day (happened_on);
