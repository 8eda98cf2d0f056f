-- AgentStatus and QueueStrategy moved to org.wechatdesk.routing.terms: rule sets stored before (shipped
-- or uploaded by an analyst) import them from their new package, so that the active one still compiles.
update desk.rule_set_version
   set drl = replace(replace(drl,
         'org.wechatdesk.routing.AgentStatus', 'org.wechatdesk.routing.terms.AgentStatus'),
         'org.wechatdesk.routing.QueueStrategy', 'org.wechatdesk.routing.terms.QueueStrategy');
