package org.wechatdesk.conversation.leftmessage;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.conversation.hours.WorkingHours;
import org.wechatdesk.conversation.hours.WorkingHours.TimeRange;
import org.wechatdesk.support.ConversationScenario;

/**
 * An account whose agents answer Monday to Friday 09:00-12:00 Shanghai time; the engine's clock
 * starts on Tuesday 2030-01-01 at 16:00 there, out of hours, the next opening Wednesday 09:00
 * (01:00 UTC).
 */
abstract class LeaveMessageScenario extends ConversationScenario {

  static final String OUT_OF_HOURS_TEXT = "现在是非工作时间，请留言，我们上班后回复您。";
  static final String NO_AGENT_TEXT = "客服暂时不在线，请留言。";

  @BeforeEach
  void mornings() throws Exception {
    hours(false);
  }

  /** Mornings, and with {@code noAgentLeavesMessage} a wait of 30 minutes when nobody is online. */
  void hours(boolean noAgentLeavesMessage) throws Exception {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      weekly.put(day, List.of(new TimeRange("09:00", "12:00")));
    }
    WorkingHours hours =
        new WorkingHours(
            true,
            "Asia/Shanghai",
            weekly,
            List.of(),
            OUT_OF_HOURS_TEXT,
            noAgentLeavesMessage,
            30,
            NO_AGENT_TEXT);
    mvc.perform(
            put("/api/admin/accounts/" + account.account().id() + "/working-hours")
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(hours)))
        .andExpect(status().isOk());
  }

  static RequestPostProcessor as(Agent agent) {
    return user(agent.username()).roles("AGENT");
  }

  JsonNode todos(RequestPostProcessor who) throws Exception {
    String body =
        mvc.perform(get("/api/left-messages").with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body);
  }

  ResultActions act(long id, String action, RequestPostProcessor who) throws Exception {
    return mvc.perform(post("/api/left-messages/" + id + "/" + action).with(who).with(realCsrf()));
  }

  ResultActions answer(long id, String text, String key, RequestPostProcessor who)
      throws Exception {
    ObjectNode body = json.createObjectNode().put("text", text).put("idempotencyKey", key);
    return mvc.perform(
        post("/api/left-messages/" + id + "/answer")
            .with(who)
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(body.toString()));
  }
}
