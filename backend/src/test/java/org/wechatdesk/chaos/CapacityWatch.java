package org.wechatdesk.chaos;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.dao.DataAccessException;

/**
 * Samples, every half second through the run and once at the end, how many conversations each agent
 * holds against the reception limit: both the agent's own count and the conversations in chat with
 * them.
 */
final class CapacityWatch {

  private final ChaosDatabase database;
  private final List<String> overLimit = new CopyOnWriteArrayList<>();
  private final AtomicInteger samples = new AtomicInteger();
  private volatile boolean watching = true;
  private Thread thread;

  CapacityWatch(ChaosDatabase database) {
    this.database = database;
  }

  void start() {
    thread =
        new Thread(
            () -> {
              while (watching) {
                sample();
                try {
                  Thread.sleep(500);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "capacity-watch");
    thread.start();
  }

  void stop() throws InterruptedException {
    watching = false;
    thread.join();
  }

  /**
   * One look at every agent; a look the database could not answer (it is being restarted) is not
   * counted.
   */
  void sample() {
    try {
      database
          .jdbc()
          .sql(
              """
              select u.username, p.max_concurrent, p.active_count,
                     (select count(*) from desk.conversation c where c.agent_id = p.user_id and c.status = 'CHATTING')
                from desk.agent_profile p join desk.desk_user u on u.id = p.user_id""")
          .query(
              rs -> {
                int limit = rs.getInt(2);
                int active = rs.getInt(3);
                long chatting = rs.getLong(4);
                if (active > limit || chatting > limit) {
                  overLimit.add(
                      rs.getString(1)
                          + " limit "
                          + limit
                          + ", active_count "
                          + active
                          + ", chatting "
                          + chatting);
                }
              });
      samples.incrementAndGet();
    } catch (DataAccessException e) {
      // The server is down for its restart: the next look will tell.
    }
  }

  int samples() {
    return samples.get();
  }

  List<String> overLimit() {
    return List.copyOf(overLimit);
  }
}
