package org.wechatdesk.conversation.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;

/**
 * The seed switches four timeouts on and off (开启后): appease visitor, remind agent, prompt visitor,
 * close on visitor timeout. Saved settings predate the switches; they keep the desk's behaviour
 * until then, all four on.
 */
@Component
class V19__FlowTimeoutSwitches extends SavedFlowSettingsRewrite {

  @Override
  void rewrite(ObjectNode settings) {
    settings.put("agentAppeaseEnabled", true);
    settings.put("agentRemindEnabled", true);
    settings.put("visitorPromptEnabled", true);
    settings.put("visitorCloseEnabled", true);
  }
}
