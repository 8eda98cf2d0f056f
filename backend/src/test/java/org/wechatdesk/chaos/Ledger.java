package org.wechatdesk.chaos;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the harness did and what the desk answered, as WeChat and the agents saw it: every fan text
 * with its MsgId, which were acknowledged with {@code success}, every reply an agent had accepted,
 * and how pushes were answered while the database was down. The desk's tables and the fake WeChat's
 * deliveries are held against this at the end.
 */
final class Ledger {

  /** A fan's text: who sent it and what it said; its MsgId is the key it is kept under. */
  record FanText(String openid, String content) {}

  final Map<Long, FanText> sentTexts = new ConcurrentHashMap<>();
  final Set<Long> acknowledged = ConcurrentHashMap.newKeySet();
  final AtomicInteger pushesPosted = new AtomicInteger();
  final AtomicInteger duplicatePushes = new AtomicInteger();
  final AtomicInteger answered5xx = new AtomicInteger();
  final AtomicInteger unreachable = new AtomicInteger();
  final AtomicInteger unansweredIn5Seconds = new AtomicInteger();

  final AtomicInteger pushesWhileDatabaseDown = new AtomicInteger();
  final AtomicInteger answered5xxWhileDatabaseDown = new AtomicInteger();
  final AtomicInteger unansweredWhileDatabaseDown = new AtomicInteger();
  final AtomicLong slowest5xxMillis = new AtomicLong();

  /**
   * Agent replies the desk accepted (202), by their text, which is unique; the value is the fan's
   * openid.
   */
  final Map<String, String> acceptedReplies = new ConcurrentHashMap<>();

  final AtomicInteger replyRepeats = new AtomicInteger();
  final AtomicInteger repliesRefused = new AtomicInteger();
  final AtomicInteger conversationsEnded = new AtomicInteger();

  private volatile boolean databaseDown;

  void databaseDown(boolean down) {
    databaseDown = down;
  }

  boolean databaseDown() {
    return databaseDown;
  }

  void slowest5xx(long millis) {
    slowest5xxMillis.accumulateAndGet(millis, Math::max);
  }
}
