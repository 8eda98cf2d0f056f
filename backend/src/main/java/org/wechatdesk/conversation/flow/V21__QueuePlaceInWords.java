package org.wechatdesk.conversation.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * The queue prompt said "前面还有 0 位访客" to the first in line. {place} words the place as a person
 * would (您是下一位 / 前面还有 N 位访客); saved prompts that spelled out that phrase around {position} take
 * {place}.
 */
@Component
class V21__QueuePlaceInWords extends SavedFlowSettingsRewrite {

  private static final String SPELLED_OUT = "前面还有 {position} 位访客";

  @Override
  void rewrite(ObjectNode settings) {
    String prompt = settings.path("queuePromptText").asText("");
    if (prompt.contains(SPELLED_OUT)) {
      settings.put("queuePromptText", prompt.replace(SPELLED_OUT, "{place}"));
    }
  }
}
