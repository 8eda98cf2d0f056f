package org.wechatdesk.channel.wechat.outbound;

import java.util.Map;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.mp.api.WxMpService;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateData;
import me.chanjar.weixin.mp.bean.template.WxMpTemplateMessage;
import org.springframework.stereotype.Component;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundMessage;

/**
 * Sends a template message (模板消息). On its own because WeChat is moving template messages towards
 * subscribe notifications: a replacement sender changes this class only.
 */
@Component
class TemplateMessageApi {

  void send(WxMpService wechat, OutboundMessage message) throws WxErrorException {
    OutboundContent content = message.content();
    WxMpTemplateMessage template =
        WxMpTemplateMessage.builder()
            .toUser(message.openid())
            .templateId(content.templateId())
            .url(content.url())
            .build();
    for (Map.Entry<String, String> field : content.templateData().entrySet()) {
      template.addData(new WxMpTemplateData(field.getKey(), field.getValue()));
    }
    wechat.getTemplateMsgService().sendTemplateMsg(template);
  }
}
