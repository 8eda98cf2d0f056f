package org.wechatdesk.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.wechatdesk.support.RealCsrf.realCsrf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.support.ConversationScenario;
import org.wechatdesk.support.WeChatPush;

/** Editing, disabling and unbinding a bound account, as pushes and sends see it. */
class AccountLifecycleTest extends ConversationScenario {

  private static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
  private static final RequestPostProcessor AGENT = user("agent").roles("AGENT");

  @Autowired AccountRepository accountRepository;

  private long id() {
    return account.account().id();
  }

  private ResultActions edit(Map<String, String> body, RequestPostProcessor who) throws Exception {
    return mvc.perform(
        put("/api/admin/accounts/" + id())
            .with(who)
            .with(realCsrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content(json.writeValueAsString(body)));
  }

  private void setEnabled(boolean enabled) throws Exception {
    mvc.perform(
            put("/api/admin/accounts/" + id() + "/enabled")
                .with(ADMIN)
                .with(realCsrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"enabled\":" + enabled + "}"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.state").value(enabled ? "ACTIVE" : "DISABLED"));
  }

  private List<String> auditOf(String action) {
    return jdbc.sql(
            "select coalesce(before_json, '') || coalesce(after_json, '') from desk.audit_entry where action = ? and target_id = ?")
        .params(action, Long.toString(id()))
        .query(String.class)
        .list();
  }

  private long fanId(String openid) {
    return jdbc.sql("select id from desk.fan where openid = ?")
        .param(openid)
        .query(Long.class)
        .single();
  }

  private long conversationsOf(String openid) {
    return jdbc.sql(
            "select count(*) from desk.conversation c join desk.fan f on f.id = c.fan_id where f.openid = ?")
        .param(openid)
        .query(Long.class)
        .single();
  }

  private WeChatPush signedWith(String token) {
    OfficialAccount bound = account.account();
    return new WeChatPush(
        baseUrl() + "/wechat/push/" + bound.appId(),
        bound.appId(),
        bound.originalId(),
        token,
        bound.encodingAesKey());
  }

  private int pushText(WeChatPush push, String openid) {
    return push.post(push.sign(push.textXml(openid, "你好", WeChatPush.nextMsgId()))).statusCode();
  }

  @Test
  void editValidatesEachFieldAndKeepsSecretsOutOfTheAnswerAndTheAudit() throws Exception {
    edit(Map.of("name", "", "appSecret", "short", "token", "a!"), ADMIN)
        .andExpect(status().isBadRequest())
        .andExpect(jsonPath("$.fields.name.code").value("input.length"))
        .andExpect(jsonPath("$.fields.appSecret.code").value("account.appSecretFormat"))
        .andExpect(jsonPath("$.fields.token.code").value("account.tokenFormat"));
    assertThat(accountService.get(id()).name()).isEqualTo(account.account().name());

    String secret = "0123456789abcdef0123456789abcdef";
    String token = "NewPushToken2030";
    String answer =
        edit(Map.of("name", "售后服务号", "appSecret", secret, "token", token), ADMIN)
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.name").value("售后服务号"))
            .andExpect(jsonPath("$.previousTokenSet").value(true))
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(answer).doesNotContain(secret).doesNotContain(token);
    assertThat(auditOf("account.edit"))
        .singleElement()
        .asString()
        .contains("售后服务号")
        .doesNotContain(secret)
        .doesNotContain(token);
    OfficialAccount edited = accountService.get(id());
    assertThat(edited.appSecret()).isEqualTo(secret);
    assertThat(edited.token()).isEqualTo(token);

    edit(Map.of("name", "只改名字", "appSecret", "", "token", ""), ADMIN).andExpect(status().isOk());
    assertThat(accountService.get(id()).appSecret()).as("empty keeps").isEqualTo(secret);
    assertThat(accountService.get(id()).token()).isEqualTo(token);

    edit(Map.of("name", "座席改名"), AGENT).andExpect(status().isForbidden());
    mvc.perform(put("/api/admin/accounts/" + id() + "/enabled").with(AGENT).with(realCsrf()))
        .andExpect(status().isForbidden());
    mvc.perform(delete("/api/admin/accounts/" + id()).with(AGENT).with(realCsrf()))
        .andExpect(status().isForbidden());
  }

  @Test
  void aNewAppSecretForgetsTheAccessTokenGotWithTheOldOne() throws Exception {
    jdbc.sql(
            "update desk.access_token set token_enc = 'x', expires_at = current_timestamp + interval '1 hour' where account_id = ?")
        .param(id())
        .update();
    edit(Map.of("name", "同名", "appSecret", "fedcba9876543210fedcba9876543210"), ADMIN)
        .andExpect(status().isOk());
    assertThat(
            jdbc.sql("select token_enc from desk.access_token where account_id = ?")
                .param(id())
                .query(String.class)
                .optional())
        .isEmpty();
  }

  @Test
  void pushesSignedWithTheOldTokenVerifyUntilWeChatSignsWithTheNewOne() throws Exception {
    String oldToken = account.account().token();
    String newToken = "ChangedToken2030";
    edit(Map.of("name", "同名", "token", newToken), ADMIN).andExpect(status().isOk());

    assertThat(pushText(signedWith(oldToken), fan()))
        .as("WeChat's console still has the old Token")
        .isEqualTo(200);
    assertThat(pushText(signedWith(newToken), fan())).isEqualTo(200);
    assertThat(accountService.get(id()).previousToken()).isNull();
    assertThat(pushText(signedWith(oldToken), fan()))
        .as("once WeChat signs with the new Token, the old one is done")
        .isEqualTo(403);
  }

  @Test
  void aDisabledAccountAcknowledgesAndStoresPushesButStartsNothingUntilEnabled() throws Exception {
    setEnabled(false);
    String fan = fan();
    assertThat(pushText(account.push(), fan)).isEqualTo(200);
    await(
        "the push is processed",
        () ->
            jdbc.sql(
                        "select count(*) from desk.inbound_message where openid = ? and status = 'PROCESSED'")
                    .param(fan)
                    .query(Long.class)
                    .single()
                == 1);
    assertThat(conversationsOf(fan)).isZero();
    assertThat(textsTo(fan)).as("no automatic reply").isEmpty();

    setEnabled(true);
    fanWrites(fan, "现在呢");
    assertThat(conversationOf(fan).open()).isTrue();
    assertThat(auditOf("account.disable")).hasSize(1);
    assertThat(auditOf("account.enable")).hasSize(1);
  }

  @Test
  void aDisabledAccountSendsNothingAndKeepsItsOpenConversations() throws Exception {
    Agent agent = agent(queueId, 3);
    String fan = fan();
    Conversation chat = chatWaitingForTheVisitor(agent, fan);
    setEnabled(false);
    assertThat(reload(chat).status()).isEqualTo(Conversation.Status.CHATTING);

    agentReplies(chat, agent, "还在吗？");
    // Earlier texts still queued when the account was disabled fail the same way on a busy machine:
    // only this reply is looked at.
    await(
        "the reply is settled",
        () ->
            jdbc.sql(
                        "select count(*) from desk.outbound_message where openid = ?"
                            + " and payload like '%还在吗？%'"
                            + " and error_reason = 'delivery.accountDisabled' and status = 'FAILED'")
                    .param(fan)
                    .query(Long.class)
                    .single()
                == 1);
  }

  @Test
  void theH5PageOfADisabledAccountSaysTheServiceIsPaused() throws Exception {
    setEnabled(false);
    HttpResponse<String> page =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/h5/" + account.account().appId()))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.body()).contains("客服暂停服务");
  }

  @Test
  void unbindingWipesTheCredentialsAndKeepsTheHistoryForABindAgain() throws Exception {
    String fan = fan();
    fanWrites(fan, "售前咨询");
    Conversation conversation = conversationOf(fan);

    mvc.perform(delete("/api/admin/accounts/" + id()).with(ADMIN).with(realCsrf()))
        .andExpect(status().isNoContent());

    assertThat(pushText(account.push(), fan()))
        .as("the push URL answers as for an unknown account")
        .isEqualTo(404);
    OfficialAccount wiped = accountRepository.findById(id()).orElseThrow();
    assertThat(wiped.appSecret()).isEmpty();
    assertThat(wiped.token()).isEmpty();
    assertThat(wiped.encodingAesKey()).isEmpty();
    mvc.perform(get("/api/admin/accounts").with(ADMIN))
        .andExpect(jsonPath("$[?(@.id == " + id() + ")]").isEmpty());
    mvc.perform(get("/api/history/conversations/" + conversation.id()).with(ADMIN))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.lines[*].text", hasItem("售前咨询")));
    assertThat(auditOf("account.unbind")).hasSize(1);

    AccountService.GeneratedSecrets secrets = accountService.generateSecrets();
    OfficialAccount again =
        accountService.bind(
            new AccountRequest(
                "再次绑定",
                account.account().originalId(),
                account.account().appId(),
                account.account().appSecret(),
                secrets.token(),
                secrets.encodingAesKey()));
    assertThat(again.id()).as("the same account, with its fans").isEqualTo(id());
    assertThat(again.state()).isEqualTo(AccountState.ACTIVE);
    assertThat(fanId(fan)).isPositive();
  }
}
