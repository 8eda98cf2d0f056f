package org.wechatdesk.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.wechatdesk.report.Wallboard.AgentNow;
import org.wechatdesk.report.Wallboard.QueueNow;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.DeskTimeZone;
import org.wechatdesk.system.ReadModel;

/** Reads the wallboard: the live state from the routing's tables, today's figures from reports. */
@Component
@ReadModel({
  "desk.service_queue",
  "desk.queue_entry",
  "desk.agent_profile",
  "desk.desk_user",
  "desk.conversation"
})
class WallboardQueries {

  private final JdbcClient jdbc;
  private final ReportQueries reports;
  private final Clock clock;
  private final DeskTimeZone zone;

  WallboardQueries(JdbcClient jdbc, ReportQueries reports, Clock clock, DeskTimeZone zone) {
    this.jdbc = jdbc;
    this.reports = reports;
    this.clock = clock;
    this.zone = zone;
  }

  Wallboard now() {
    Instant now = clock.instant();
    List<QueueNow> queues =
        jdbc.sql(
                """
                select q.id, q.name, count(e.id) as waiting, min(e.entered_at) as first_entered
                  from desk.service_queue q
                  left join desk.queue_entry e on e.queue_id = q.id and e.status = 'WAITING'
                 group by q.id, q.name
                 order by q.name""")
            .query(
                (rs, n) -> {
                  Instant first = DbTime.read(rs, "first_entered");
                  return new QueueNow(
                      rs.getLong("id"),
                      rs.getString("name"),
                      rs.getLong("waiting"),
                      first == null ? null : Math.max(0, Duration.between(first, now).toSeconds()));
                })
            .list();
    List<AgentNow> agents =
        jdbc.sql(
                """
                select u.id, u.username, u.display_name, p.status, p.max_concurrent,
                       coalesce(c.chatting, 0) as chatting
                  from desk.agent_profile p join desk.desk_user u on u.id = p.user_id
                  left join (select agent_id, count(*) as chatting from desk.conversation
                              where status = 'CHATTING' group by agent_id) c on c.agent_id = u.id
                 where u.enabled
                 order by p.status, u.username""")
            .query(
                (rs, n) ->
                    new AgentNow(
                        rs.getLong("id"),
                        rs.getString("username"),
                        rs.getString("display_name"),
                        rs.getString("status"),
                        rs.getInt("chatting"),
                        rs.getInt("max_concurrent")))
            .list();
    long inProgress =
        jdbc.sql("select count(*) from desk.conversation where status = 'CHATTING'")
            .query(Long.class)
            .single();
    ReportFigures today =
        reports.figures(
            ReportPeriod.named(ReportPeriod.Named.TODAY, clock, zone.zone()),
            new ReportFilter(null, null, null));
    Double averageRating =
        today.rated() == 0
            ? null
            : today.ratings().stream().mapToLong(r -> r.rating() * r.conversations()).sum()
                / (double) today.rated();
    return new Wallboard(
        queues,
        agents,
        inProgress,
        today.started(),
        today.served(),
        today.abandonedGaveUp() + today.abandonedTimedOut(),
        today.refused(),
        averageRating,
        today.solvedRate());
  }
}
