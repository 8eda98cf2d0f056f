package org.wechatdesk.standin;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * What menu/create checks before it replaces the menu: 1-3 buttons, each with 1-5 sub-buttons or a
 * type of its own; names of at most 16 bytes (60 for sub-buttons), keys of 128, urls of 1024.
 */
final class MenuRules {

  private static final Set<String> TYPES =
      Set.of(
          "click",
          "view",
          "scancode_push",
          "scancode_waitmsg",
          "pic_sysphoto",
          "pic_photo_or_album",
          "pic_weixin",
          "location_select",
          "media_id",
          "article_id",
          "article_view_limited",
          "view_limited",
          "miniprogram");

  private MenuRules() {}

  static void check(JsonNode menu) {
    JsonNode buttons = menu.path("button");
    if (!buttons.isArray() || buttons.isEmpty() || buttons.size() > 3) {
      throw new Refusal(WeChatError.INVALID_BUTTON_SIZE);
    }
    for (JsonNode button : buttons) {
      JsonNode subButtons = button.path("sub_button");
      if (subButtons.isArray() && !subButtons.isEmpty()) {
        if (subButtons.size() > 5) {
          throw new Refusal(WeChatError.INVALID_SUB_BUTTON_SIZE);
        }
        checkSize(button, "name", 16, WeChatError.INVALID_BUTTON_NAME_SIZE);
        subButtons.forEach(MenuRules::checkSubButton);
      } else {
        checkButton(button);
      }
    }
  }

  private static void checkButton(JsonNode button) {
    if (!TYPES.contains(button.path("type").asText())) {
      throw new Refusal(WeChatError.INVALID_BUTTON_TYPE);
    }
    checkSize(button, "name", 16, WeChatError.INVALID_BUTTON_NAME_SIZE);
    checkSize(button, "key", 128, WeChatError.INVALID_BUTTON_KEY_SIZE);
    checkSize(button, "url", 1024, WeChatError.INVALID_BUTTON_URL_SIZE);
  }

  private static void checkSubButton(JsonNode button) {
    if (!TYPES.contains(button.path("type").asText())) {
      throw new Refusal(WeChatError.INVALID_SUB_BUTTON_TYPE);
    }
    checkSize(button, "name", 60, WeChatError.INVALID_SUB_BUTTON_NAME_SIZE);
    checkSize(button, "key", 128, WeChatError.INVALID_SUB_BUTTON_KEY_SIZE);
    checkSize(button, "url", 1024, WeChatError.INVALID_SUB_BUTTON_URL_SIZE);
  }

  private static void checkSize(JsonNode button, String field, int maxBytes, WeChatError error) {
    int bytes = button.path(field).asText().getBytes(StandardCharsets.UTF_8).length;
    boolean required = field.equals("name");
    if ((required && bytes == 0) || bytes > maxBytes) {
      throw new Refusal(error);
    }
  }
}
