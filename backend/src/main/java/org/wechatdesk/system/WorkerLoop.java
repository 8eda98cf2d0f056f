package org.wechatdesk.system;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A background worker that drains its work on a few threads: at once when woken (after a commit
 * that added work) and otherwise every poll interval, which also picks up retries and rows left by
 * a stopped node. Started and stopped with the application.
 */
public abstract class WorkerLoop implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(WorkerLoop.class);

  private final String name;
  private final int threads;
  private final Duration pollInterval;
  private final Semaphore wakeups = new Semaphore(0);
  private volatile ExecutorService executor;
  private volatile boolean running;

  protected WorkerLoop(String name, int threads, Duration pollInterval) {
    this.name = name;
    this.threads = threads;
    this.pollInterval = pollInterval;
  }

  /** Does what work is due now; returns how much, 0 when there was none (the loop then waits). */
  protected abstract int drainOnce();

  public void wake() {
    if (wakeups.availablePermits() < threads) {
      wakeups.release();
    }
  }

  @Override
  public final void start() {
    AtomicInteger counter = new AtomicInteger();
    executor =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, name + "-" + counter.incrementAndGet());
              thread.setDaemon(true);
              return thread;
            });
    running = true;
    for (int i = 0; i < threads; i++) {
      executor.execute(this::loop);
    }
  }

  private void loop() {
    while (running) {
      try {
        int done = drainOnce();
        if (done == 0) {
          wakeups.tryAcquire(pollInterval.toMillis(), TimeUnit.MILLISECONDS);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        log.error("{} worker failed; retrying after the poll interval", name, e);
        sleepQuietly();
      }
    }
  }

  private void sleepQuietly() {
    try {
      TimeUnit.MILLISECONDS.sleep(pollInterval.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public final void stop() {
    running = false;
    wakeups.release(threads);
    executor.shutdown();
    try {
      if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
        executor.shutdownNow();
      }
    } catch (InterruptedException e) {
      executor.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public final boolean isRunning() {
    return running;
  }
}
