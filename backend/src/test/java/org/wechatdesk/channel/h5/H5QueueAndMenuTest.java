package org.wechatdesk.channel.h5;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.flow.FlowSettings;
import org.wechatdesk.routing.navigation.AccountRouting;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.H5Browser;

/**
 * What the H5 page reads to offer buttons (the navigation menu's entries, 放弃排队 while queued), and
 * the give-up button's endpoint, which ends the visitor's own queued conversation the way the
 * give-up keyword does.
 */
class H5QueueAndMenuTest extends ConversationScenario {

  private int sent = 1;

  @BeforeEach
  void anonymousVisitors() {
    accountService.setH5Authorization(account.account().id(), H5Authorization.NONE);
  }

  @Test
  void theMenuOnOfferIsReadWithItsEntriesAndTheirNumbersChooseThem() throws Exception {
    long navigationId = navigations.insert("导航 " + System.nanoTime(), "您好，请选择：", 3, queueId);
    navigations.insertEntry(navigationId, null, 1, "售前咨询", null, queueId, null);
    long afterSales = navigations.insertEntry(navigationId, null, 2, "售后服务", null, null, "售后：");
    navigations.insertEntry(navigationId, afterSales, 1, "退货", null, queueId, null);
    navigations.saveAccountRouting(new AccountRouting(account.account().id(), null, navigationId));
    H5Browser phone = visitor();

    say(phone, "你好");
    JsonNode main = conversation(phone);
    assertThat(main.path("status").asText()).isEqualTo("NAVIGATING");
    assertThat(choices(main)).containsExactly("1 售前咨询", "2 售后服务");
    assertThat(main.path("menu").path("subMenu").asBoolean()).isFalse();
    assertThat(main.path("canGiveUp").asBoolean()).isFalse();

    say(phone, "2");
    JsonNode sub = conversation(phone);
    assertThat(choices(sub)).containsExactly("1 退货");
    assertThat(sub.path("menu").path("subMenu").asBoolean()).as("0 goes back").isTrue();

    say(phone, "1");
    JsonNode queued = conversation(phone);
    assertThat(queued.path("status").asText()).isEqualTo("QUEUED");
    assertThat(queued.path("menu").isNull()).as("no menu once a queue is chosen").isTrue();
    assertThat(queued.path("queuePosition").asInt()).isEqualTo(1);
    assertThat(queued.path("canGiveUp").asBoolean()).isTrue();
  }

  @Test
  void theVisitorGivesUpTheirOwnQueuedConversationAsTheKeywordWould() throws Exception {
    H5Browser phone = visitor();
    say(phone, "我要排队");
    JsonNode queued = conversation(phone);
    assertThat(queued.path("status").asText()).isEqualTo("QUEUED");
    assertThat(queued.path("canGiveUp").asBoolean()).isTrue();
    long id = queued.path("id").asLong();

    H5Browser stranger = visitor();
    say(stranger, "我也来");
    HttpResponse<String> notTheirs = giveUp(stranger, id);
    assertThat(notTheirs.statusCode()).isEqualTo(404);
    assertThat(notTheirs.body()).contains("\"code\":\"conversation.notFound\"");
    assertThat(conversations.findById(id).orElseThrow().status())
        .isEqualTo(Conversation.Status.QUEUED);

    assertThat(giveUp(phone, id).statusCode()).isEqualTo(204);
    Conversation ended = conversations.findById(id).orElseThrow();
    assertThat(ended.status()).isEqualTo(Conversation.Status.ENDED);
    assertThat(ended.endReason()).isEqualTo(Conversation.EndReason.VISITOR_GAVE_UP);
    await(
        "the give-up text reaches the page",
        () -> phone.messageTexts().contains(FlowSettings.defaults().giveUpText()));
    assertThat(phone.messageTexts())
        .as("no survey after giving up")
        .noneMatch(text -> text.contains(FlowSettings.defaults().surveyInviteText()))
        .noneMatch(text -> text.contains("/#/rate/"));
    assertThat(ended.surveyInvitedAt()).isNull();

    HttpResponse<String> again = giveUp(phone, id);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.body())
        .isEqualTo("{\"code\":\"conversation.notQueued\",\"params\":{\"status\":\"ENDED\"}}");
  }

  @Test
  void withGivingUpSwitchedOffThereIsNoButtonAndTheEndpointRefuses() throws Exception {
    settings(Map.of("giveUpEnabled", false));
    H5Browser phone = visitor();
    say(phone, "我要排队");
    JsonNode queued = conversation(phone);
    assertThat(queued.path("status").asText()).isEqualTo("QUEUED");
    assertThat(queued.path("canGiveUp").asBoolean()).isFalse();

    HttpResponse<String> refused = giveUp(phone, queued.path("id").asLong());
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(refused.body()).contains("\"code\":\"conversation.giveUpOff\"");
    assertThat(conversations.findById(queued.path("id").asLong()).orElseThrow().status())
        .isEqualTo(Conversation.Status.QUEUED);
  }

  private H5Browser visitor() {
    H5Browser phone = new H5Browser(baseUrl());
    assertThat(H5Browser.location(phone.get("/h5/" + account.account().appId())))
        .isEqualTo("/#/h5");
    return phone;
  }

  private void say(H5Browser phone, String text) throws Exception {
    String body =
        json.writeValueAsString(Map.of("clientId", "menu-test-" + (sent++), "text", text));
    assertThat(phone.send("POST", "/api/h5/messages", body).statusCode()).isEqualTo(202);
  }

  /** The page's view of the latest conversation, once the visitor's messages are processed. */
  private JsonNode conversation(H5Browser phone) throws Exception {
    await(
        "the visitor's messages are processed",
        () ->
            jdbc.sql("select count(*) from desk.inbound_message where status = 'PENDING'")
                    .query(Long.class)
                    .single()
                == 0);
    HttpResponse<String> session = phone.send("GET", "/api/h5/session", null);
    assertThat(session.statusCode()).as(session.body()).isEqualTo(200);
    return json.readTree(session.body()).path("conversation");
  }

  private static List<String> choices(JsonNode conversation) {
    return conversation.path("menu").path("choices").findParents("number").stream()
        .map(choice -> choice.path("number").asInt() + " " + choice.path("label").asText())
        .toList();
  }

  private HttpResponse<String> giveUp(H5Browser phone, long conversationId) {
    return phone.send("POST", "/api/h5/conversations/" + conversationId + "/give-up", null);
  }
}
