-- The seed switches four timeouts on and off (开启后): appease visitor, remind agent, prompt visitor, close on
-- visitor timeout. Saved settings predate the switches; they keep today's behaviour, all four on.
update desk.flow_settings
   set settings = (settings::jsonb || '{"agentAppeaseEnabled": true, "agentRemindEnabled": true,
                                        "visitorPromptEnabled": true, "visitorCloseEnabled": true}'::jsonb)::text;
