package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.support.ConversationScenario;

/**
 * The seed's four timeouts that run only "开启后" (once switched on): 安抚访客, 提醒座席, 提示访客 and 会话关闭与提示. A
 * switched-off timeout leaves no job in the engine, so nothing can fire later either.
 */
class TimeoutSwitchesTest extends ConversationScenario {

  private static final FlowSettings DEFAULTS = FlowSettings.defaults();

  private long timerJobs(Conversation conversation, String timerId) {
    return management
        .createJobQuery()
        .processInstanceId(reload(conversation).processInstanceId())
        .activityId(timerId)
        .count();
  }

  private Conversation chatWaitingForTheAgent(String fan) {
    agent(queueId, 1);
    fanWrites(fan, "在吗");
    return conversationOf(fan);
  }

  @Test
  void everyTimeoutIsOnByDefaultAsTheDeskAlwaysRanThem() {
    String fan = fan();
    Conversation conversation = chatWaitingForTheAgent(fan);
    assertThat(timerJobs(conversation, "Timer_AgentIdleAppease")).isOne();
    assertThat(timerJobs(conversation, "Timer_AgentIdleRemind")).isOne();
    assertThat(timerJobs(conversation, "Timer_AgentIdleAutoTransfer")).as("自动转接: 默认关闭").isZero();

    Conversation waitingForVisitor = chatWaitingForTheVisitor(agent(queueId, 2), fan());
    assertThat(timerJobs(waitingForVisitor, "Timer_VisitorIdlePrompt")).isOne();
    assertThat(timerJobs(waitingForVisitor, "Timer_VisitorIdleClose")).isOne();
  }

  /** 安抚访客：开启后可设置座席超过几分钟未回复后，系统将向访客发送以下消息. */
  @Test
  void appeaseVisitorSwitchedOffSendsNoAppeasement() {
    settings(Map.of("agentAppeaseEnabled", false));
    String fan = fan();
    Conversation conversation = chatWaitingForTheAgent(fan);
    assertThat(timerJobs(conversation, "Timer_AgentIdleAppease")).isZero();
    assertThat(timerJobs(conversation, "Timer_AgentIdleRemind")).isOne();

    advanceSeconds(conversation, Duration.ofMinutes(30).toSeconds());
    assertThat(textsTo(fan)).doesNotContain(DEFAULTS.agentAppeaseText());
    assertThat(systemLines(conversation)).contains(DEFAULTS.agentRemindText());
  }

  /** 提醒座席：开启后可设置座席超过几秒未回复后，系统将显示响应超时的计时提示. */
  @Test
  void remindAgentSwitchedOffShowsNoReminder() {
    settings(Map.of("agentRemindEnabled", false));
    String fan = fan();
    Conversation conversation = chatWaitingForTheAgent(fan);
    assertThat(timerJobs(conversation, "Timer_AgentIdleRemind")).isZero();
    assertThat(timerJobs(conversation, "Timer_AgentIdleAppease")).isOne();

    advanceSeconds(conversation, Duration.ofMinutes(30).toSeconds());
    assertThat(systemLines(conversation)).doesNotContain(DEFAULTS.agentRemindText());
    assertThat(textsTo(fan)).contains(DEFAULTS.agentAppeaseText());
  }

  /** 提示访客：开启后在设置的时间内访客没有回复，系统将自动将提示访客. */
  @Test
  void promptVisitorSwitchedOffSendsNoPromptButStillCloses() {
    settings(Map.of("visitorPromptEnabled", false));
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent(queueId, 2), fan);
    assertThat(timerJobs(conversation, "Timer_VisitorIdlePrompt")).isZero();

    advanceSeconds(conversation, Duration.ofMinutes(6).toSeconds());
    assertThat(textsTo(fan)).doesNotContain(DEFAULTS.visitorPromptText());
    assertThat(reload(conversation).endReason()).isEqualTo(Conversation.EndReason.VISITOR_TIMEOUT);
  }

  /** 会话关闭与提示：开启后在设置的时间内访客没有回复，系统将自动关闭会话并提示访客. */
  @Test
  void closeOnVisitorTimeoutSwitchedOffKeepsTheChatOpen() {
    settings(Map.of("visitorCloseEnabled", false));
    String fan = fan();
    Conversation conversation = chatWaitingForTheVisitor(agent(queueId, 2), fan);
    assertThat(timerJobs(conversation, "Timer_VisitorIdleClose")).isZero();

    advanceSeconds(conversation, Duration.ofMinutes(120).toSeconds());
    assertThat(textsTo(fan))
        .contains(DEFAULTS.visitorPromptText())
        .doesNotContain(DEFAULTS.visitorCloseText());
    assertThat(reload(conversation).open()).isTrue();
    assertThat(timers(conversation)).isEmpty();
  }

  /** 提示访客 "在人工接待和机器人接待阶段均生效", and so does its switch; the close switch too. */
  @Test
  void visitorTimeoutsSwitchedOffLeaveTheRobotWithoutTimers() {
    settings(
        Map.of("robotEnabled", true, "visitorPromptEnabled", false, "visitorCloseEnabled", false));
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(conversation.status()).isEqualTo(Conversation.Status.ROBOT);
    assertThat(timers(conversation)).isEmpty();

    settings(Map.of("robotEnabled", true));
    String other = fan();
    fanWrites(other, "你好");
    Conversation timed = conversationOf(other);
    assertThat(timerJobs(timed, "Timer_RobotVisitorIdlePrompt")).isOne();
    assertThat(timerJobs(timed, "Timer_RobotVisitorIdleClose")).isOne();
  }

  /** 会话关闭与提示 switched off: a visitor who never answers the navigation menu is not closed either. */
  @Test
  void closeSwitchedOffLeavesTheNavigationMenuWithoutATimer() throws Exception {
    accountWithANavigationMenu();
    settings(Map.of("visitorCloseEnabled", false));
    String fan = fan();
    fanWrites(fan, "你好");
    Conversation conversation = conversationOf(fan);
    assertThat(timers(conversation)).isEmpty();

    settings(Map.of("visitorCloseEnabled", true));
    String other = fan();
    fanWrites(other, "你好");
    Conversation timed = conversationOf(other);
    assertThat(timerJobs(timed, "Timer_MenuVisitorIdleClose")).isOne();
    advanceSeconds(timed, Duration.ofMinutes(6).toSeconds());
    assertThat(reload(timed).endReason()).isEqualTo(Conversation.EndReason.VISITOR_TIMEOUT);
  }

  private void accountWithANavigationMenu() throws Exception {
    Map<String, Object> navigation =
        Map.of(
            "name",
            "导航-" + System.nanoTime(),
            "greeting",
            "您好，请选择服务：",
            "maxInvalidAnswers",
            3,
            "defaultQueueId",
            queueId,
            "entries",
            List.of(Map.of("number", 1, "label", "售前", "queueId", queueId)));
    String created =
        mvc.perform(
                post("/api/admin/navigations")
                    .with(user("admin").roles("ADMIN"))
                    .with(realCsrf())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(json.writeValueAsString(navigation)))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long navigationId = json.readTree(created).path("id").asLong();
    mvc.perform(
            put("/api/admin/accounts/" + account.account().id() + "/routing")
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("navigationId", navigationId))))
        .andExpect(status().isOk());
  }
}
