package org.wechatdesk.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.routing.agent.AgentPresenceChanged;
import org.wechatdesk.routing.agent.AgentProfiles;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.MovableClock;

/**
 * Agents' online and 示忙 time: a known sequence of presence changes under a clock the test moves
 * gives the seconds counted by hand, a stretch across the period's edge counting on both sides and
 * a stretch still open counting up to now; and a change made through the desk is recorded.
 */
class AgentPresenceReportTest extends ConversationScenario {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
  private static final LocalDate DAY_ONE = LocalDate.of(2031, 5, 6);

  @Autowired private AgentProfiles profiles;

  private final MovableClock clock = new MovableClock(at(DAY_ONE, 10, 0));
  private AgentPresenceRecorder recorder;
  private AgentPresenceTime presence;
  private long agentId;

  @BeforeEach
  void agentAndClock() {
    recorder = new AgentPresenceRecorder(jdbc, clock);
    presence = new AgentPresenceTime(jdbc, clock);
    agentId = agent(queueId, 2).id();
  }

  @Test
  void onlineAndBusyStatusSecondsOfAKnownSequence() {
    change(at(DAY_ONE, 10, 0), AgentStatus.ONLINE);
    change(at(DAY_ONE, 10, 30), AgentStatus.BUSY);
    change(at(DAY_ONE, 10, 45), AgentStatus.ONLINE);
    change(at(DAY_ONE, 11, 0), AgentStatus.OFFLINE);
    change(at(DAY_ONE, 23, 30), AgentStatus.ONLINE);
    // Across midnight: 30 minutes online on each day.
    change(at(DAY_ONE.plusDays(1), 0, 30), AgentStatus.BUSY);
    // Still 示忙 at 01:00 of day two.
    clock.move(Duration.between(clock.instant(), at(DAY_ONE.plusDays(1), 1, 0)));

    assertThat(seconds(DAY_ONE)).isEqualTo(new AgentPresenceTime.Seconds(75 * 60, 15 * 60));
    assertThat(seconds(DAY_ONE.plusDays(1)))
        .isEqualTo(new AgentPresenceTime.Seconds(30 * 60, 30 * 60));

    clock.move(Duration.ofHours(2));
    assertThat(seconds(DAY_ONE.plusDays(1)))
        .as("the open stretch counts up to now")
        .isEqualTo(new AgentPresenceTime.Seconds(30 * 60, 150 * 60));
    assertThat(presence.within(at(DAY_ONE, 0, 0), at(DAY_ONE.plusDays(2), 0, 0), agentId))
        .containsEntry(agentId, new AgentPresenceTime.Seconds(105 * 60, 165 * 60));

    clock.move(Duration.ofDays(3));
    assertThat(seconds(DAY_ONE.plusDays(1)))
        .as("after the period the open stretch counts up to its end")
        .isEqualTo(new AgentPresenceTime.Seconds(30 * 60, 23.5 * 3600));
  }

  @Test
  void theReportShowsTheThreeTimesOfAnAgent() throws Exception {
    LocalDate yesterday = LocalDate.now(SHANGHAI).minusDays(1);
    recorder.record(agentId, AgentStatus.ONLINE, at(yesterday, 9, 0));
    recorder.record(agentId, AgentStatus.BUSY, at(yesterday, 9, 20));
    recorder.record(agentId, AgentStatus.OFFLINE, at(yesterday, 9, 25));
    JsonNode report =
        json.readTree(
            mvc.perform(
                    get("/api/reports")
                        .param("period", "YESTERDAY")
                        .param("agentId", String.valueOf(agentId))
                        .with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    assertThat(report.path("agents")).hasSize(1);
    JsonNode agent = report.path("agents").get(0);
    assertThat(agent.path("agentId").asLong()).isEqualTo(agentId);
    assertThat(agent.path("onlineSeconds").asDouble()).isEqualTo(20 * 60);
    assertThat(agent.path("busyStatusSeconds").asDouble()).isEqualTo(5 * 60);
    assertThat(agent.path("servingSeconds").asDouble()).isZero();
    assertThat(agent.path("conversations").asLong()).isZero();
  }

  @Test
  void aChangeThroughTheDeskOpensAStretchInTheNewStatus() {
    String username =
        jdbc.sql("select username from desk.desk_user where id = ?")
            .param(agentId)
            .query(String.class)
            .single();
    profiles.setPresence(username, "BUSY", 2);
    profiles.setPresence(username, "ONLINE", 2);
    Map<String, Object> open =
        jdbc.sql("select status, ended_at from desk.agent_presence where agent_id = ? order by id")
            .param(agentId)
            .query()
            .listOfRows()
            .get(1);
    assertThat(open.get("status")).isEqualTo("ONLINE");
    assertThat(open.get("ended_at")).isNull();
    assertThat(
            jdbc.sql(
                    "select count(*) from desk.agent_presence where agent_id = ? and ended_at is null")
                .param(agentId)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void anAdminMakingAUserAnOnlineAgentOpensAStretch() {
    String username = "newagent" + System.nanoTime();
    users.insert(username, encoder.encode("pw"), "新座席", org.wechatdesk.system.Role.AGENT);
    long userId = users.findByUsername(username).orElseThrow().id();
    profiles.saveSettings(userId, "ONLINE", 3, java.util.Set.of(queueId), Map.of());
    assertThat(
            jdbc.sql(
                    "select status from desk.agent_presence where agent_id = ? and ended_at is null")
                .param(userId)
                .query(String.class)
                .list())
        .containsExactly("ONLINE");
  }

  private void change(Instant at, AgentStatus status) {
    clock.move(Duration.between(clock.instant(), at));
    recorder.on(new AgentPresenceChanged(agentId, "agent", status));
  }

  private AgentPresenceTime.Seconds seconds(LocalDate day) {
    return presence
        .within(at(day, 0, 0), at(day.plusDays(1), 0, 0), agentId)
        .getOrDefault(agentId, AgentPresenceTime.Seconds.NONE);
  }

  private static Instant at(LocalDate day, int hour, int minute) {
    return day.atTime(hour, minute).atZone(SHANGHAI).toInstant();
  }
}
