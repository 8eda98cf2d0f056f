package org.wechatdesk.demo;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.wechatdesk.standin.WeChatStandIn;

/**
 * The demo account's custom menu as it stands on "WeChat" when the demo starts, like a real account
 * that already has one: the two queues, the buttons whose keys hand over to a human and leave the
 * queue, and the link to the desk's H5 chat page. The admin can load and replace it in the menu
 * editor; the simulator shows whatever is published.
 */
@Component
@Profile("demo")
class DemoMenu {

  static final String INITIAL =
      """
      {"button":[
        {"type":"click","name":"售前咨询","key":"1"},
        {"type":"click","name":"售后服务","key":"2"},
        {"name":"更多","sub_button":[
          {"type":"click","name":"转人工","key":"转人工"},
          {"type":"click","name":"放弃排队","key":"放弃排队"},
          {"type":"view","name":"网页客服","url":"%s/h5/%s"},
          {"type":"view","name":"官网","url":"https://example.com/"}]}]}""";

  private final WeChatStandIn wechat;
  private final ObjectMapper json;

  private final String publicBaseUrl;

  DemoMenu(
      WeChatStandIn wechat,
      ObjectMapper json,
      @Value("${desk.public-base-url}") String publicBaseUrl) {
    this.wechat = wechat;
    this.json = json;
    this.publicBaseUrl = publicBaseUrl.replaceAll("/+$", "");
  }

  @EventListener(ApplicationReadyEvent.class)
  void publishInitialMenu() throws JsonProcessingException {
    if (wechat.menu(DemoAccount.APP_ID).isEmpty()) {
      wechat.saveMenu(DemoAccount.APP_ID, initial());
    }
  }

  JsonNode initial() throws JsonProcessingException {
    return json.readTree(INITIAL.formatted(publicBaseUrl, DemoAccount.APP_ID));
  }

  /** The published menu as menu/create received it, or no buttons. */
  JsonNode current() {
    return wechat
        .menu(DemoAccount.APP_ID)
        .orElseGet(() -> json.createObjectNode().set("button", json.createArrayNode()));
  }
}
