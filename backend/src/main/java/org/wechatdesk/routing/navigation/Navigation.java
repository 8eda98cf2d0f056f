package org.wechatdesk.routing.navigation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.lang.Nullable;

/**
 * 路由导航: a greeting and a menu tree. After {@code maxInvalidAnswers} unrecognised answers the
 * visitor goes to {@code defaultQueueId}.
 */
public record Navigation(
    long id,
    String name,
    String greeting,
    int maxInvalidAnswers,
    long defaultQueueId,
    List<Entry> entries) {

  /**
   * A menu entry; {@code parentId} null on the main menu. It leads to {@code queueId} or to its
   * children.
   */
  public record Entry(
      long id,
      @Nullable Long parentId,
      int number,
      String label,
      @Nullable String clickKey,
      @Nullable Long queueId,
      @Nullable String prompt) {}

  public Optional<Entry> entry(long entryId) {
    return entries.stream().filter(e -> e.id() == entryId).findFirst();
  }

  public List<Entry> children(Long parentId) {
    return entries.stream().filter(e -> Objects.equals(e.parentId(), parentId)).toList();
  }
}
