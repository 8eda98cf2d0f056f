package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.wechatdesk.support.ConversationScenario;

/** Disabling an agent in the admin console hands their open chats to the queue again. */
class DisabledAgentHandoverTest extends ConversationScenario {

  @Test
  void theDisabledAgentsChatsGoToAnotherAgentOrWaitInTheQueue() throws Exception {
    Agent leaving = agent(queueId, 2);
    String first = fan();
    String second = fan();
    fanWrites(first, "你好");
    fanWrites(second, "在吗");
    Conversation one = conversationOf(first);
    Conversation two = conversationOf(second);
    assertThat(reload(one).agentUsername()).isEqualTo(leaving.username());
    assertThat(reload(two).agentUsername()).isEqualTo(leaving.username());
    Agent staying = agent(queueId, 1);

    disable(leaving);

    Conversation taken = reload(one).agentUsername() != null ? reload(one) : reload(two);
    Conversation waiting = taken.id() == one.id() ? reload(two) : reload(one);
    assertThat(taken.status()).isEqualTo(Conversation.Status.CHATTING);
    assertThat(taken.agentUsername()).isEqualTo(staying.username());
    assertThat(waiting.status())
        .as("the other agent is at the reception limit")
        .isEqualTo(Conversation.Status.QUEUED);
    assertThat(waiting.queueId()).isEqualTo(queueId);
    TranscriptNotice handedOver = TranscriptNotice.of(TranscriptNotice.Code.AGENT_DISABLED);
    assertThat(systemNotices(one)).contains(handedOver);
    assertThat(systemNotices(two)).contains(handedOver);
    assertThat(conversations.findOpenForAgent(leaving.id())).isEmpty();
  }

  private void disable(Agent agent) throws Exception {
    mvc.perform(
            put("/api/admin/users/" + agent.id())
                .with(user("admin").roles("ADMIN"))
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"displayName\":\"离职座席\",\"enabled\":false}"))
        .andExpect(status().isOk());
  }
}
