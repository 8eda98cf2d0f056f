package org.wechatdesk.conversation.flow;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The seed's 会话结束 "访客离开超时自动关闭会话和提示语" is the text of 会话关闭与提示: the visitor went silent and the
 * conversation closes. The desk had it twice (endTextVisitorLeft, never sent, and
 * visitorCloseText); one is kept. An admin who changed only endTextVisitorLeft meant that text, so
 * it takes visitorCloseText's place; otherwise visitorCloseText, the text visitors have been
 * receiving, stays.
 */
@Component
class V20__OneVisitorTimeoutText extends SavedFlowSettingsRewrite {

  private static final String DEFAULT_CLOSE_TEXT = "由于您长时间未回复，本次会话已结束。";
  private static final Set<String> UNCHANGED_VISITOR_LEFT = Set.of("", "会话已结束，感谢您的咨询。");

  @Override
  void rewrite(ObjectNode settings) {
    String visitorLeft = settings.path("endTextVisitorLeft").asText("");
    if (DEFAULT_CLOSE_TEXT.equals(settings.path("visitorCloseText").asText())
        && !UNCHANGED_VISITOR_LEFT.contains(visitorLeft)) {
      settings.put("visitorCloseText", visitorLeft);
    }
    settings.remove("endTextVisitorLeft");
  }
}
