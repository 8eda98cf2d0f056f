package org.wechatdesk.chaos;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the flow's timers outlive the node that was running them. At the kill it notes every
 * timer job of the engine (due later, or held under the dead node's lock); at the end each of them
 * must have fired (the timer's activity is in the history after the kill) or have been cancelled by
 * the flow moving on, never be left overdue. Camunda writes times in the nodes' local time, which
 * is this machine's, as here.
 */
final class TimerWatch {

  /**
   * A timer that is still pending this long after it fell due counts as stuck: the job lock time
   * and a poll.
   */
  static final Duration GRACE = Duration.ofSeconds(30);

  record PendingTimer(
      String jobId,
      String processInstanceId,
      String activityId,
      LocalDateTime due,
      boolean locked) {}

  record Outcome(
      int pendingAtKill,
      int lockedAtKill,
      int firedAfterKill,
      int firedWhileNodeDown,
      int cancelled,
      int notYetDue,
      List<PendingTimer> stuck,
      long overdueAtEnd,
      long failedForGood) {}

  private final ChaosDatabase database;
  private List<PendingTimer> atKill = List.of();
  private LocalDateTime killedAt;
  private LocalDateTime restartedAt;

  TimerWatch(ChaosDatabase database) {
    this.database = database;
  }

  /**
   * How many timers fall due between {@code from} and {@code to} from now: a kill now leaves them
   * to the survivor.
   */
  long dueWithin(Duration from, Duration to) {
    LocalDateTime now = LocalDateTime.now();
    return database.count(
        "select count(*) from act_ru_job where type_ = 'timer' and duedate_ between ? and ?",
        now.plus(from),
        now.plus(to));
  }

  void nodeKilled() {
    killedAt = LocalDateTime.now();
    atKill =
        database.read(
            () ->
                database
                    .jdbc()
                    .sql(
                        """
            select j.id_, j.process_instance_id_, d.act_id_, j.duedate_, j.lock_exp_time_ > localtimestamp as locked
              from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_
             where j.type_ = 'timer'""")
                    .query(
                        (rs, n) ->
                            new PendingTimer(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getObject(4, LocalDateTime.class),
                                rs.getBoolean(5)))
                    .list());
  }

  void nodeRestarted() {
    restartedAt = LocalDateTime.now();
  }

  Outcome outcome() {
    LocalDateTime now = LocalDateTime.now();
    int fired = 0;
    int firedWhileDown = 0;
    int cancelled = 0;
    int notYetDue = 0;
    List<PendingTimer> stuck = new ArrayList<>();
    for (PendingTimer timer : atKill) {
      LocalDateTime firedAt = firedAt(timer);
      if (firedAt != null) {
        fired++;
        if (restartedAt != null && firedAt.isBefore(restartedAt)) {
          firedWhileDown++;
        }
      } else if (stillPending(timer)) {
        if (timer.due().plus(GRACE).isBefore(now)) {
          stuck.add(timer);
        } else {
          notYetDue++;
        }
      } else {
        cancelled++;
      }
    }
    long overdue =
        database.count(
            "select count(*) from act_ru_job where type_ = 'timer' and retries_ > 0"
                + " and duedate_ < ?",
            now.minus(GRACE));
    long failed = database.count("select count(*) from act_ru_job where retries_ = 0");
    return new Outcome(
        atKill.size(),
        (int) atKill.stream().filter(PendingTimer::locked).count(),
        fired,
        firedWhileDown,
        cancelled,
        notYetDue,
        stuck,
        overdue,
        failed);
  }

  private LocalDateTime firedAt(PendingTimer timer) {
    return database.read(
        () ->
            database
                .jdbc()
                .sql(
                    """
            select min(start_time_) from act_hi_actinst
             where proc_inst_id_ = ? and act_id_ = ? and start_time_ >= ?""")
                .params(timer.processInstanceId(), timer.activityId(), killedAt.minusSeconds(1))
                .query(LocalDateTime.class)
                .optional()
                .orElse(null));
  }

  private boolean stillPending(PendingTimer timer) {
    return database.count("select count(*) from act_ru_job where id_ = ?", timer.jobId()) > 0;
  }
}
