package org.wechatdesk.channel.wechat.menu;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
   * Throws with one bilingual message per broken field, named by its path ({@code
   * buttons[0].subButtons[1].url}).
   */
  static void check(CustomMenu menu) {
    Map<String, String> errors = new LinkedHashMap<>();
    List<MenuButton> buttons = menu.buttons();
    if (buttons.isEmpty()) {
      errors.put("buttons", "buttons: at least one button / 至少需要一个菜单");
    }
    if (buttons.size() > MAX_TOP_LEVEL) {
      errors.put(
          "buttons",
          "buttons: at most "
              + MAX_TOP_LEVEL
              + " top-level buttons / 一级菜单最多 "
              + MAX_TOP_LEVEL
              + " 个");
    }
    for (int i = 0; i < buttons.size(); i++) {
      MenuButton button = buttons.get(i);
      String path = "buttons[" + i + "]";
      checkName(errors, path, button.name(), MAX_TOP_NAME_BYTES);
      if (button.subButtons().isEmpty()) {
        checkAction(errors, path, button);
        continue;
      }
      if (button.type() != null && !button.type().isBlank()) {
        errors.put(
            path + ".type",
            path + ".type: a button with sub-buttons has no type / 有子菜单的一级菜单不能设置类型");
      }
      if (button.subButtons().size() > MAX_SUB_BUTTONS) {
        errors.put(
            path + ".subButtons",
            path
                + ".subButtons: at most "
                + MAX_SUB_BUTTONS
                + " sub-buttons / 子菜单最多 "
                + MAX_SUB_BUTTONS
                + " 个");
      }
      for (int j = 0; j < button.subButtons().size(); j++) {
        MenuButton sub = button.subButtons().get(j);
        String subPath = path + ".subButtons[" + j + "]";
        checkName(errors, subPath, sub.name(), MAX_SUB_NAME_BYTES);
        if (!sub.subButtons().isEmpty()) {
          errors.put(
              subPath + ".subButtons",
              subPath + ".subButtons: sub-buttons cannot have their own / 子菜单不能再有子菜单");
        }
        checkAction(errors, subPath, sub);
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  private static void checkName(
      Map<String, String> errors, String path, String name, int maxBytes) {
    if (name == null || name.isBlank()) {
      errors.put(path + ".name", path + ".name: required / 菜单名称不能为空");
    } else if (bytes(name) > maxBytes) {
      errors.put(
          path + ".name",
          path
              + ".name: at most "
              + maxBytes
              + " bytes in UTF-8, "
              + bytes(name)
              + " given / 菜单名称最多 "
              + maxBytes
              + " 字节（UTF-8，汉字占 3 字节），当前 "
              + bytes(name));
    }
  }

  private static void checkAction(Map<String, String> errors, String path, MenuButton button) {
    String type = button.type();
    if (type == null || !TYPES.contains(type)) {
      errors.put(
          path + ".type",
          path
              + ".type: click, view or miniprogram / 菜单类型须为 点击(click)、网页(view) 或 小程序(miniprogram)");
      return;
    }
    switch (type) {
      case "click" ->
          checkText(errors, path + ".key", button.key(), MAX_KEY_BYTES, "the key", "菜单 KEY");
      case "view" -> checkUrl(errors, path + ".url", button.url());
      default -> {
        checkText(
            errors,
            path + ".appId",
            button.appId(),
            MAX_APP_ID_BYTES,
            "the mini-program's appid",
            "小程序 appid");
        checkText(
            errors,
            path + ".pagePath",
            button.pagePath(),
            MAX_URL_BYTES,
            "the mini-program's page path",
            "小程序页面路径");
        // Clients too old for mini-programs open this page instead; WeChat requires it.
        checkUrl(errors, path + ".url", button.url());
      }
    }
  }

  private static void checkUrl(Map<String, String> errors, String field, String url) {
    if (checkText(errors, field, url, MAX_URL_BYTES, "the url", "网页链接")
        && !url.startsWith("http://")
        && !url.startsWith("https://")) {
      errors.put(
          field, field + ": must start with http:// or https:// / 链接须以 http:// 或 https:// 开头");
    }
  }

  /** True when the value is present and within the limit. */
  private static boolean checkText(
      Map<String, String> errors,
      String field,
      String value,
      int maxBytes,
      String what,
      String whatZh) {
    if (value == null || value.isBlank()) {
      errors.put(field, field + ": " + what + " is required / " + whatZh + "不能为空");
      return false;
    }
    if (bytes(value) > maxBytes) {
      errors.put(
          field,
          field
              + ": "
              + what
              + " has at most "
              + maxBytes
              + " bytes, "
              + bytes(value)
              + " given / "
              + whatZh
              + "最多 "
              + maxBytes
              + " 字节，当前 "
              + bytes(value));
      return false;
    }
    return true;
  }

  private static int bytes(String value) {
    return value.getBytes(StandardCharsets.UTF_8).length;
  }
}
