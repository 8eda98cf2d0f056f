package org.wechatdesk.channel.wechat.menu;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/**
 * WeChat's limits on a custom menu, checked before publishing so the admin learns which field is
 * wrong instead of getting WeChat's bare errcode. Lengths are in UTF-8 bytes, as WeChat counts
 * them: a Chinese character is three.
 */
final class MenuLimits {

  static final int MAX_TOP_LEVEL = 3;
  static final int MAX_SUB_BUTTONS = 5;
  static final int MAX_TOP_NAME_BYTES = 16;
  static final int MAX_SUB_NAME_BYTES = 60;
  static final int MAX_KEY_BYTES = 128;
  static final int MAX_URL_BYTES = 1024;
  static final int MAX_APP_ID_BYTES = 32;
  static final Set<String> TYPES = Set.of("click", "view", "miniprogram");

  private MenuLimits() {}

  /**
   * Throws with one error per broken field, named by its path ({@code
   * buttons[0].subButtons[1].url}).
   */
  static void check(CustomMenu menu) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    List<MenuButton> buttons = menu.buttons();
    if (buttons.isEmpty()) {
      errors.put("buttons", ApiError.of(MenuError.NO_BUTTONS));
    }
    if (buttons.size() > MAX_TOP_LEVEL) {
      errors.put("buttons", ApiError.of(MenuError.TOO_MANY_BUTTONS, "max", MAX_TOP_LEVEL));
    }
    for (int i = 0; i < buttons.size(); i++) {
      MenuButton button = buttons.get(i);
      String path = "buttons[" + i + "]";
      checkText(errors, path + ".name", button.name(), MAX_TOP_NAME_BYTES);
      if (button.subButtons().isEmpty()) {
        checkAction(errors, path, button);
        continue;
      }
      if (button.type() != null && !button.type().isBlank()) {
        errors.put(path + ".type", ApiError.of(MenuError.PARENT_HAS_TYPE));
      }
      if (button.subButtons().size() > MAX_SUB_BUTTONS) {
        errors.put(
            path + ".subButtons",
            ApiError.of(MenuError.TOO_MANY_SUB_BUTTONS, "max", MAX_SUB_BUTTONS));
      }
      for (int j = 0; j < button.subButtons().size(); j++) {
        MenuButton sub = button.subButtons().get(j);
        String subPath = path + ".subButtons[" + j + "]";
        checkText(errors, subPath + ".name", sub.name(), MAX_SUB_NAME_BYTES);
        if (!sub.subButtons().isEmpty()) {
          errors.put(subPath + ".subButtons", ApiError.of(MenuError.NESTED_SUB_BUTTONS));
        }
        checkAction(errors, subPath, sub);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void checkAction(Map<String, ApiError> errors, String path, MenuButton button) {
    String type = button.type();
    if (type == null || !TYPES.contains(type)) {
      errors.put(
          path + ".type", ApiError.of(InputError.ONE_OF, "values", "click, view, miniprogram"));
      return;
    }
    switch (type) {
      case "click" -> checkText(errors, path + ".key", button.key(), MAX_KEY_BYTES);
      case "view" -> checkUrl(errors, path + ".url", button.url());
      default -> {
        checkText(errors, path + ".appId", button.appId(), MAX_APP_ID_BYTES);
        checkText(errors, path + ".pagePath", button.pagePath(), MAX_URL_BYTES);
        // Clients too old for mini-programs open this page instead; WeChat requires it.
        checkUrl(errors, path + ".url", button.url());
      }
    }
  }

  private static void checkUrl(Map<String, ApiError> errors, String field, String url) {
    if (checkText(errors, field, url, MAX_URL_BYTES)
        && !url.startsWith("http://")
        && !url.startsWith("https://")) {
      errors.put(field, ApiError.of(InputError.HTTP_URL));
    }
  }

  /** True when the value is present and within the limit. */
  private static boolean checkText(
      Map<String, ApiError> errors, String field, String value, int maxBytes) {
    if (value == null || value.isBlank()) {
      errors.put(field, ApiError.of(InputError.REQUIRED));
      return false;
    }
    if (bytes(value) > maxBytes) {
      errors.put(
          field, ApiError.of(InputError.TOO_MANY_BYTES, "max", maxBytes, "actual", bytes(value)));
      return false;
    }
    return true;
  }

  private static int bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }
}
