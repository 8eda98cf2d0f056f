-- The seed's 会话结束 "访客离开超时自动关闭会话和提示语" is the text of 会话关闭与提示: the visitor went silent
-- and the conversation closes. The desk had it twice (endTextVisitorLeft, never sent, and visitorCloseText);
-- one is kept. An admin who changed only endTextVisitorLeft meant that text, so it takes visitorCloseText's
-- place; otherwise visitorCloseText, the text visitors have been receiving, stays.
update desk.flow_settings
   set settings = (case
                     when settings::jsonb ->> 'visitorCloseText' = '由于您长时间未回复，本次会话已结束。'
                          and settings::jsonb ->> 'endTextVisitorLeft' not in ('', '会话已结束，感谢您的咨询。')
                     then jsonb_set(settings::jsonb, '{visitorCloseText}', settings::jsonb -> 'endTextVisitorLeft')
                     else settings::jsonb
                   end - 'endTextVisitorLeft')::text;
