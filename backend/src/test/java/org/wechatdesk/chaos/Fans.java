package org.wechatdesk.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.wechatdesk.support.WeChatPush;

/**
 * The fans: each writes a few texts, a few seconds apart, to either node at random, and every text
 * is pushed until a node answers {@code success}, as WeChat retries (the harness does not give up
 * after WeChat's three tries, so that every text can be accounted for). One text in five is pushed
 * twice: after it was acknowledged, or at the same moment on the other node, as WeChat's retries
 * arrive.
 */
final class Fans {

  private enum Duplicate {
    NONE,
    AFTER_THE_ANSWER,
    ON_THE_OTHER_NODE_AT_ONCE
  }

  private record PlannedText(
      String openid, String content, long msgId, long atMillis, Duplicate duplicate, long seed) {}

  private final PushPoster poster;
  private final Ledger ledger;
  private final List<PlannedText> plan = new ArrayList<>();
  private final ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
  private final ExecutorService pushers = Executors.newFixedThreadPool(64);
  private volatile long giveUpAt;

  Fans(ChaosSettings settings, PushPoster poster, Ledger ledger) {
    this.poster = poster;
    this.ledger = ledger;
    Random random = new Random(settings.seed());
    long writingMillis = settings.duration().toMillis() * 8 / 10;
    for (int f = 0; f < settings.fans(); f++) {
      String openid = "o_chaos_fan_" + f;
      long at = (long) (random.nextDouble() * writingMillis * 0.7);
      for (int t = 0; t < ChaosSettings.TEXTS_PER_FAN; t++) {
        double dice = random.nextDouble();
        Duplicate duplicate =
            dice < 0.1
                ? Duplicate.AFTER_THE_ANSWER
                : dice < 0.2 ? Duplicate.ON_THE_OTHER_NODE_AT_ONCE : Duplicate.NONE;
        // Texts start with letters: a text of digits after a conversation's end would be taken as a
        // rating.
        plan.add(
            new PlannedText(
                openid,
                "fan " + f + " text " + t + " 你好",
                WeChatPush.nextMsgId(),
                at,
                duplicate,
                random.nextLong()));
        at += 3_000 + random.nextInt(5_000);
      }
    }
  }

  int texts() {
    return plan.size();
  }

  /**
   * Schedules every text from now on; pushes that fail are retried until {@code retryFor} after the
   * last one is due.
   */
  void start(Duration retryFor) {
    long lastDue = plan.stream().mapToLong(PlannedText::atMillis).max().orElse(0);
    giveUpAt = System.currentTimeMillis() + lastDue + retryFor.toMillis();
    for (PlannedText text : plan) {
      clock.schedule(
          () -> pushers.submit(() -> push(text)), text.atMillis(), TimeUnit.MILLISECONDS);
    }
  }

  /** Waits until every text was pushed (acknowledged, or given up at the deadline). */
  void awaitDone() throws InterruptedException {
    clock.shutdown();
    clock.awaitTermination(1, TimeUnit.HOURS);
    pushers.shutdown();
    pushers.awaitTermination(1, TimeUnit.HOURS);
  }

  private void push(PlannedText text) {
    Random random = new Random(text.seed());
    String xml = poster.textXml(text.openid(), text.content(), text.msgId());
    ledger.sentTexts.put(text.msgId(), new Ledger.FanText(text.openid(), text.content()));
    int node = random.nextInt(poster.nodeCount());
    Thread twin = null;
    if (text.duplicate() == Duplicate.ON_THE_OTHER_NODE_AT_ONCE) {
      int other = (node + 1) % poster.nodeCount();
      twin = new Thread(() -> pushDuplicate(other, text, xml));
      twin.start();
    }
    boolean acknowledged = pushUntilSuccess(node, xml, random);
    if (acknowledged) {
      ledger.acknowledged.add(text.msgId());
    }
    if (acknowledged && text.duplicate() == Duplicate.AFTER_THE_ANSWER) {
      pushDuplicate(random.nextInt(poster.nodeCount()), text, xml);
    }
    if (twin != null) {
      try {
        twin.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private boolean pushUntilSuccess(int firstNode, String xml, Random random) {
    int node = firstNode;
    while (!poster.post(node, xml)) {
      if (System.currentTimeMillis() > giveUpAt) {
        return false;
      }
      pause(200 + random.nextInt(800));
      node = random.nextInt(poster.nodeCount());
    }
    return true;
  }

  private void pushDuplicate(int node, PlannedText text, String xml) {
    ledger.duplicatePushes.incrementAndGet();
    if (poster.post(node, xml)) {
      ledger.acknowledged.add(text.msgId());
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
