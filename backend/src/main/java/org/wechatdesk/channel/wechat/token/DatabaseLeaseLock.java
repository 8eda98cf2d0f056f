package org.wechatdesk.channel.wechat.token;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Held around a token refresh ({@link SharedTokenMpService}) and around WxJava's expiry of a
 * rejected token. Backed by a lease row in the database, it serialises refreshes across every node,
 * not only across threads. The owner names the thread as well as the node, because two threads of
 * one node must exclude each other.
 */
class DatabaseLeaseLock implements Lock {

  private static final String NODE = UUID.randomUUID().toString();
  private static final Duration LEASE = Duration.ofSeconds(30);
  private static final long RETRY_MILLIS = 20;

  private final AccessTokenRepository tokens;
  private final long accountId;

  DatabaseLeaseLock(AccessTokenRepository tokens, long accountId) {
    this.tokens = tokens;
    this.accountId = accountId;
  }

  private static String owner() {
    return NODE + "/" + Thread.currentThread().getId();
  }

  @Override
  public void lock() {
    while (!tryLock()) {
      pause();
    }
  }

  @Override
  public void lockInterruptibly() throws InterruptedException {
    while (!tryLock()) {
      TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
    }
  }

  @Override
  public boolean tryLock() {
    return tokens.tryLease(accountId, owner(), LEASE);
  }

  @Override
  public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
    long deadline = System.nanoTime() + unit.toNanos(time);
    while (!tryLock()) {
      if (System.nanoTime() >= deadline) {
        return false;
      }
      TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
    }
    return true;
  }

  @Override
  public void unlock() {
    tokens.releaseLease(accountId, owner());
  }

  @Override
  public Condition newCondition() {
    throw new UnsupportedOperationException("a database lease has no conditions");
  }

  private static void pause() {
    try {
      TimeUnit.MILLISECONDS.sleep(RETRY_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the token lease", e);
    }
  }
}
