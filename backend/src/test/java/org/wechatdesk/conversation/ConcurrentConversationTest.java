package org.wechatdesk.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.HttpSession;
import org.wechatdesk.support.WeChatPush;

/**
 * Work on one conversation is serialised: a fan's messages and the agent's replies arriving at the
 * same moment, over the real push endpoint and the real REST API, all succeed, none is lost, and
 * the process ends up waiting for whoever did not speak last.
 */
class ConcurrentConversationTest extends ConversationScenario {

  private static final int EACH_SIDE = 12;

  @Autowired ProcessEngine engine;

  @Test
  void fanMessagesAndAgentRepliesAtOnceAreAllKeptWithoutErrors() throws Exception {
    Agent agent = agent(queueId, 2);
    String fan = fan();
    fanWrites(fan, "开始");
    Conversation conversation = conversationOf(fan);
    HttpSession http = HttpSession.login(baseUrl(), agent.username(), "pw");

    CountDownLatch start = new CountDownLatch(1);
    List<Callable<String>> work = new ArrayList<>();
    for (int i = 0; i < EACH_SIDE; i++) {
      String fanText = "粉丝消息 " + i;
      String reply =
          "{\"kind\":\"TEXT\",\"content\":{\"text\":\"座席回复 "
              + i
              + "\"},\"idempotencyKey\":\"concurrent-"
              + i
              + "\"}";
      work.add(
          () -> {
            start.await();
            HttpResponse<String> response =
                account
                    .push()
                    .post(
                        account
                            .push()
                            .sign(account.push().textXml(fan, fanText, WeChatPush.nextMsgId())));
            return response.statusCode() == 200 && "success".equals(response.body())
                ? "ok"
                : "push " + response.statusCode() + " " + response.body();
          });
      work.add(
          () -> {
            start.await();
            HttpResponse<String> response =
                http.send("POST", "/api/conversations/" + conversation.id() + "/messages", reply);
            return response.statusCode() == 202
                ? "ok"
                : "reply " + response.statusCode() + " " + response.body();
          });
    }
    ExecutorService pool = Executors.newFixedThreadPool(work.size());
    try {
      List<Future<String>> results = work.stream().map(pool::submit).toList();
      start.countDown();
      for (Future<String> result : results) {
        assertThat(result.get())
            .as("every push is acknowledged and every reply accepted")
            .isEqualTo("ok");
      }
    } finally {
      pool.shutdownNow();
    }

    conversationOf(fan);
    List<ConversationMessage> kept = messages.forConversation(conversation.id());
    assertThat(kept)
        .filteredOn(m -> m.text() != null && m.text().startsWith("粉丝消息 "))
        .hasSize(EACH_SIDE);
    assertThat(kept)
        .filteredOn(m -> m.text() != null && m.text().startsWith("座席回复 "))
        .hasSize(EACH_SIDE);
    await(
        "every reply reaches WeChat",
        () ->
            wechat().calls(FakeWeChatApi.SEND).stream()
                    .filter(call -> call.body().contains(fan) && call.body().contains("座席回复"))
                    .count()
                == EACH_SIDE);

    Conversation settled = reload(conversation);
    assertThat(settled.status()).isEqualTo(Conversation.Status.CHATTING);
    String waitingAt =
        settled.lastSpeaker() == Conversation.Speaker.VISITOR
            ? "Task_AwaitAgentReply"
            : "Task_AwaitVisitorReply";
    assertThat(engine.getRuntimeService().getActiveActivityIds(settled.processInstanceId()))
        .as("the process waits for whoever did not speak last")
        .contains(waitingAt);
    assertThat(timers(conversation))
        .as("only the timers of that turn: appease and remind, or prompt and close")
        .hasSize(2);
    assertThat(
            engine
                .getManagementService()
                .createJobQuery()
                .processInstanceId(settled.processInstanceId())
                .withException()
                .count())
        .as("no failed job")
        .isZero();
    assertThat(
            engine
                .getRuntimeService()
                .createIncidentQuery()
                .processInstanceId(settled.processInstanceId())
                .count())
        .isZero();
  }
}
