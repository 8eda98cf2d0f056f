-- The queue prompt said "前面还有 0 位访客" to the first in line. {place} words the place as a person would
-- (您是下一位 / 前面还有 N 位访客); saved prompts that spelled out that phrase around {position} take {place}.
update desk.flow_settings
   set settings = jsonb_set(settings::jsonb, '{queuePromptText}',
                            to_jsonb(replace(settings::jsonb ->> 'queuePromptText', '前面还有 {position} 位访客', '{place}')))::text
 where settings::jsonb ->> 'queuePromptText' like '%前面还有 {position} 位访客%';
