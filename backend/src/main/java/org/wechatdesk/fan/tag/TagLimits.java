package org.wechatdesk.fan.tag;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
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
      throw InvalidInputException.of("name", "name: required / 请填写标签名");
    }
    if (trimmed.getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
      throw InvalidInputException.of(
          "name",
          "name: at most "
              + NAME_BYTES
              + " bytes (WeChat's limit; a Chinese character is 3) / "
              + "标签名最多 "
              + NAME_BYTES
              + " 字节（微信限制，一个汉字占 3 字节）");
    }
    return trimmed;
  }

  static void checkCatalogueRoom(int existing, int adding) {
    if (existing + adding > TAGS_PER_ACCOUNT) {
      throw InvalidInputException.of(
          "name",
          "at most "
              + TAGS_PER_ACCOUNT
              + " tags per account (WeChat's limit) / "
              + "每个公众号最多 "
              + TAGS_PER_ACCOUNT
              + " 个标签（微信限制）");
    }
  }

  static void checkTagsPerFan(Collection<?> tags) {
    if (tags.size() > TAGS_PER_FAN) {
      throw InvalidInputException.of(
          "tags",
          "at most "
              + TAGS_PER_FAN
              + " tags per fan (WeChat's limit) / "
              + "每个粉丝最多 "
              + TAGS_PER_FAN
              + " 个标签（微信限制）");
    }
  }

  static boolean reserved(long wechatTagId) {
    return wechatTagId <= LAST_RESERVED_ID;
  }
}
