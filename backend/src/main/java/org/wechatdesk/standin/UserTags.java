package org.wechatdesk.standin;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One app's user tags with WeChat's rules: ids 0-2 reserved (星标组 is 2, the only one listed), names
 * unique and at most 30 bytes, at most 100 tags, at most 20 tags on a fan, at most 50 openids per
 * batch.
 */
final class UserTags {

  static final long STARRED = 2;
  private static final int MAX_TAGS = 100;
  private static final int MAX_TAGS_PER_FAN = 20;
  private static final int MAX_NAME_BYTES = 30;
  private static final int MAX_BATCH = 50;

  private final Map<Long, String> names = new TreeMap<>(Map.of(STARRED, "星标组"));
  private final Map<String, Set<Long>> byFan = new HashMap<>();
  private long nextId = 100;

  synchronized long create(String name) {
    if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) {
      throw new Refusal(WeChatError.TAG_NAME_TOO_LONG);
    }
    if (names.containsValue(name)) {
      throw new Refusal(WeChatError.TAG_NAME_EXISTS);
    }
    if (names.size() >= MAX_TAGS) {
      throw new Refusal(WeChatError.TOO_MANY_TAGS);
    }
    names.put(nextId, name);
    return nextId++;
  }

  /** The tags as tags/get lists them: id, name and the number of fans who have it. */
  synchronized List<Tag> list() {
    return names.entrySet().stream()
        .map(
            tag ->
                new Tag(
                    tag.getKey(),
                    tag.getValue(),
                    byFan.values().stream().filter(ids -> ids.contains(tag.getKey())).count()))
        .toList();
  }

  /** Tags or untags the fans, all or none: a fan who would exceed 20 tags refuses the batch. */
  synchronized void change(long tagId, List<String> openids, boolean add) {
    if (openids.isEmpty() || openids.size() > MAX_BATCH) {
      throw new Refusal(WeChatError.INVALID_OPENID_LIST_SIZE);
    }
    if (!names.containsKey(tagId)) {
      throw new Refusal(WeChatError.INVALID_TAG_ID);
    }
    if (add
        && openids.stream()
            .map(this::idsOf)
            .anyMatch(ids -> ids.size() >= MAX_TAGS_PER_FAN && !ids.contains(tagId))) {
      throw new Refusal(WeChatError.FAN_HAS_TOO_MANY_TAGS);
    }
    for (String openid : openids) {
      Set<Long> ids = byFan.computeIfAbsent(openid, o -> new TreeSet<>());
      if (add) {
        ids.add(tagId);
      } else {
        ids.remove(tagId);
      }
    }
  }

  synchronized List<Long> idsOf(String openid) {
    return List.copyOf(byFan.getOrDefault(openid, Set.of()));
  }

  synchronized Set<String> namesOf(String openid) {
    return byFan.getOrDefault(openid, Set.of()).stream()
        .map(names::get)
        .collect(Collectors.toSet());
  }

  record Tag(long id, String name, long count) {}
}
