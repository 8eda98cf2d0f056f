package org.wechatdesk.fan.tag;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import org.wechatdesk.fan.FanError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/**
 * WeChat's user-tag limits, checked before a change is stored so that WeChat never has to refuse
 * it.
 */
final class TagLimits {

  static final int TAGS_PER_ACCOUNT = 100;
  static final int NAME_BYTES = 30;
  static final int TAGS_PER_FAN = 20;

  /**
   * WeChat keeps tag ids 0, 1 and 2 (such as 星标组) for itself: the desk never sets or clears them.
   */
  static final long LAST_RESERVED_ID = 2;

  private TagLimits() {}

  static String checkedName(String name) {
    String trimmed = name == null ? "" : name.strip();
    if (trimmed.isEmpty()) {
      throw InvalidInputException.of("name", InputError.REQUIRED);
    }
    int bytes = trimmed.getBytes(StandardCharsets.UTF_8).length;
    if (bytes > NAME_BYTES) {
      throw InvalidInputException.of(
          "name", InputError.TOO_MANY_BYTES, "max", NAME_BYTES, "actual", bytes);
    }
    return trimmed;
  }

  static void checkCatalogueRoom(int existing, int adding) {
    if (existing + adding > TAGS_PER_ACCOUNT) {
      throw InvalidInputException.of(
          "name", FanError.TOO_MANY_ACCOUNT_TAGS, "max", TAGS_PER_ACCOUNT);
    }
  }

  static void checkTagsPerFan(Collection<?> tags) {
    if (tags.size() > TAGS_PER_FAN) {
      throw InvalidInputException.of("tags", FanError.TOO_MANY_FAN_TAGS, "max", TAGS_PER_FAN);
    }
  }

  static boolean reserved(long wechatTagId) {
    return wechatTagId <= LAST_RESERVED_ID;
  }
}
