package org.wechatdesk.fan.tag;

import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * How far WeChat follows the desk's tags of one fan: SYNCED, PENDING (waiting or retrying;
 * lastError says why the last try failed) or FAILED (retries given up until the next change or a
 * manual retry).
 */
public record TagSyncState(
    Status status, int attempts, @Nullable String lastError, @Nullable Instant syncedAt) {

  public enum Status {
    SYNCED,
    PENDING,
    FAILED
  }

  /** A fan whose tags were never changed in the desk has nothing to sync. */
  public static TagSyncState untouched() {
    return new TagSyncState(Status.SYNCED, 0, null, null);
  }
}
