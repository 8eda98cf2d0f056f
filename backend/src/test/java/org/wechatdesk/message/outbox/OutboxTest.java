package org.wechatdesk.message.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.fan.SendRefusal;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.message.DeliveryProblem;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.OutboundContent;
import org.wechatdesk.message.OutboundKind;
import org.wechatdesk.message.OutboundMessage;
import org.wechatdesk.message.OutboundStatus;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.WeChatPush;
import org.wechatdesk.system.DbTime;

class OutboxTest extends IntegrationTest {

  @Autowired Outbox outbox;

  @Autowired OutboxRepository messages;

  @Autowired FanRepository fans;

  @Autowired FanQuota quota;

  @Autowired org.wechatdesk.fan.QuotaProperties quotaLimits;

  @Autowired MediaRepository media;

  @Autowired TransactionTemplate transaction;

  @Autowired Clock clock;

  @Autowired AccountRepository accounts;

  private TestAccount account;
  private Fan fan;

  @BeforeEach
  void fanWhoWroteJustNow() {
    account = bindAccount();
    String openid = "o_out_" + System.nanoTime();
    account
        .push()
        .post(account.push().sign(account.push().textXml(openid, "hi", WeChatPush.nextMsgId())));
    await(
        "the fan is recorded",
        () ->
            fans.find(account.account().id(), openid)
                .map(f -> f.windowKind() != null)
                .orElse(false));
    fan = fans.find(account.account().id(), openid).orElseThrow();
  }

  private OutboundMessage enqueue(OutboundKind kind, OutboundContent content) {
    return transaction.execute(
        status ->
            outbox.enqueue(
                fan,
                FanChannel.WECHAT,
                kind,
                content,
                Outbox.PRIORITY_AGENT,
                "test:" + UUID.randomUUID(),
                "agent1"));
  }

  private OutboundMessage settled(OutboundMessage message) {
    await(
        "message " + message.id() + " is settled",
        () -> messages.findById(message.id()).orElseThrow().status() != OutboundStatus.PENDING);
    return messages.findById(message.id()).orElseThrow();
  }

  private List<FakeWeChatApi.Call> sendsTo(String openid) {
    return WECHAT.calls(FakeWeChatApi.SEND).stream()
        .filter(c -> c.json().path("touser").asText().equals(openid))
        .toList();
  }

  @Test
  void aMessageLeftInFlightBySenderThatStoppedIsUncertainOnceItsLeaseRanOut() {
    Instant leaseEnded = clock.instant().minusSeconds(60);
    long id =
        jdbc.sql(
                """
                insert into desk.outbound_message
                  (account_id, fan_id, openid, kind, payload, priority, idempotency_key, status,
                   next_attempt_at, requested_by, created_at, channel, claim_token, claimed_until)
                values (?, ?, ?, 'TEXT', '{"text":"半路"}', 0, ?, 'SENDING', ?, 'agent1', ?, 'WECHAT',
                        'a-sender-that-stopped', ?)
                returning id""")
            .params(
                account.account().id(),
                fan.id(),
                fan.openid(),
                "test:" + UUID.randomUUID(),
                DbTime.of(leaseEnded),
                DbTime.of(leaseEnded),
                DbTime.of(leaseEnded))
            .query(Long.class)
            .single();

    await(
        "the message left in flight is settled",
        () -> messages.findById(id).orElseThrow().status() != OutboundStatus.PENDING);
    OutboundMessage settled = messages.findById(id).orElseThrow();
    assertThat(settled.status()).isEqualTo(OutboundStatus.UNCERTAIN);
    assertThat(settled.errorReason()).isEqualTo(DeliveryProblem.INTERRUPTED.code());
    assertThat(sendsTo(fan.openid())).as("sent again").isEmpty();
  }

  @Test
  void aSendClearsTheAccountsLastErrorAndRecordsItsTokenWorked() {
    accounts.recordError(account.account().id(), "WeChat error 40001: invalid credential");

    assertThat(settled(enqueue(OutboundKind.TEXT, OutboundContent.text("在吗"))).status())
        .isEqualTo(OutboundStatus.SENT);
    OfficialAccount.AccountStatus status = accountService.get(account.account().id()).status();
    assertThat(status.lastError()).isNull();
    assertThat(status.tokenOkAt()).isNotNull();
  }

  @Test
  void textIsSentWithWeChatsJsonAndCounted() {
    OutboundMessage sent = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("您好 /::)")));
    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sendsTo(fan.openid()))
        .singleElement()
        .satisfies(
            call -> {
              assertThat(call.json().path("msgtype").asText()).isEqualTo("text");
              assertThat(call.json().path("text").path("content").asText()).isEqualTo("您好 /::)");
            });
    Fan after = fans.findById(fan.id()).orElseThrow();
    assertThat(quota.of(after).sent()).isEqualTo(1);
    assertThat(quota.of(after).remaining()).isEqualTo(quotaLimits.messageLimit() - 1);
  }

  @Test
  void imageIsUploadedAtSendTimeAndTypingCostsNoQuota() {
    long mediaId =
        media.save(
            account.account().id(), null, "IMAGE", "image/png", "pic.png", new byte[] {7, 7, 7});
    OutboundMessage typing = settled(enqueue(OutboundKind.TYPING, OutboundContent.typing(true)));
    OutboundMessage image = settled(enqueue(OutboundKind.IMAGE, OutboundContent.media(mediaId)));
    assertThat(typing.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(image.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(WECHAT.calls(FakeWeChatApi.TYPING))
        .singleElement()
        .satisfies(call -> assertThat(call.json().path("command").asText()).isEqualTo("Typing"));
    String wechatMediaId =
        sendsTo(fan.openid()).get(0).json().path("image").path("media_id").asText();
    assertThat(WECHAT.uploadedMedia(wechatMediaId).content()).containsExactly(7, 7, 7);
    assertThat(quota.of(fans.findById(fan.id()).orElseThrow()).sent()).isEqualTo(1);
  }

  /**
   * The queued message handed back is built from what was written, not read back: it must equal the
   * row.
   */
  @Test
  void aQueuedMessageIsHandedBackAsStored() {
    for (OutboundContent content : List.of(OutboundContent.text("您好 /::)"), newsCard())) {
      transaction.executeWithoutResult(
          status -> {
            OutboundMessage queued =
                outbox.enqueue(
                    fan,
                    FanChannel.WECHAT,
                    content.text() != null ? OutboundKind.TEXT : OutboundKind.NEWS,
                    content,
                    Outbox.PRIORITY_AGENT,
                    "test:" + UUID.randomUUID(),
                    "agent1");
            assertThat(queued).isEqualTo(messages.findById(queued.id()).orElseThrow());
          });
    }
  }

  private static OutboundContent newsCard() {
    return new OutboundContent(
        null,
        null,
        null,
        "标题",
        "说明",
        "https://example.com/a",
        "https://example.com/p.png",
        null,
        null,
        null);
  }

  @Test
  void newsCardCarriesTheLink() {
    OutboundMessage card = settled(enqueue(OutboundKind.NEWS, newsCard()));
    assertThat(card.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(
            sendsTo(fan.openid())
                .get(0)
                .json()
                .path("news")
                .path("articles")
                .get(0)
                .path("url")
                .asText())
        .isEqualTo("https://example.com/a");
  }

  @Test
  void permanentErrorsMarkTheMessageFailedWithTheReason() {
    WECHAT.failNext(FakeWeChatApi.SEND, 45047);
    assertThat(settled(enqueue(OutboundKind.TEXT, OutboundContent.text("many"))).errorReason())
        .isEqualTo("delivery.quotaSpent");
    WECHAT.failNext(FakeWeChatApi.SEND, 40003);
    assertThat(settled(enqueue(OutboundKind.TEXT, OutboundContent.text("who"))).errorReason())
        .isEqualTo("delivery.invalidOpenid");

    WECHAT.failNext(FakeWeChatApi.SEND, 45015);
    OutboundMessage outside = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("late")));
    assertThat(outside.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(outside.errorCode()).isEqualTo(45015);
    assertThat(outside.errorReason()).isEqualTo("delivery.windowClosed");
    assertThat(events.settled())
        .anySatisfy(
            e -> {
              assertThat(e.id()).isEqualTo(outside.id());
              assertThat(e.status()).isEqualTo(OutboundStatus.FAILED);
              assertThat(e.requestedBy()).isEqualTo("agent1");
            });
  }

  @Test
  void afterWeChatSaysTheWindowIsClosedNothingMoreIsSentUntilTheFanWritesAgain() {
    WECHAT.failNext(FakeWeChatApi.SEND, 45015);
    OutboundMessage refused = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("too late")));
    assertThat(refused.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(refused.errorCode()).isEqualTo(45015);
    Fan closed = fans.findById(fan.id()).orElseThrow();
    assertThat(quota.refusal(closed)).contains(SendRefusal.WINDOW_CLOSED);
    assertThat(quota.of(closed).remaining()).isZero();

    OutboundMessage held =
        settled(enqueue(OutboundKind.TEXT, OutboundContent.text("still too late")));
    assertThat(held.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(held.errorCode()).isEqualTo(45015);
    assertThat(held.errorReason()).isEqualTo("delivery.windowClosedBefore");
    assertThat(sendsTo(fan.openid())).as("the second message never reached WeChat").hasSize(1);

    long aSecondLater = Instant.now().getEpochSecond() + 1;
    account
        .push()
        .post(
            account
                .push()
                .sign(
                    account
                        .push()
                        .textXml(fan.openid(), "again", WeChatPush.nextMsgId())
                        .replaceFirst(
                            "<CreateTime>\\d+</CreateTime>",
                            "<CreateTime>" + aSecondLater + "</CreateTime>")));
    await(
        "the fan's new message opens a new window",
        () -> fans.findById(fan.id()).orElseThrow().windowClosedAt() == null);
    assertThat(settled(enqueue(OutboundKind.TEXT, OutboundContent.text("now"))).status())
        .isEqualTo(OutboundStatus.SENT);
  }

  @Test
  void transientErrorsAreRetriedWithBackoffUntilSent() {
    WECHAT.failNext(FakeWeChatApi.SEND, 45011, 45011);
    OutboundMessage sent = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("retry me")));
    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sendsTo(fan.openid())).hasSize(3);
  }

  @Test
  void transientErrorsGiveUpAfterTheConfiguredAttempts() {
    WECHAT.failNext(FakeWeChatApi.SEND, 45011, 45011, 45011, 45011, 45011);
    OutboundMessage failed = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("never")));
    assertThat(failed.status()).isEqualTo(OutboundStatus.FAILED);
    assertThat(failed.errorReason()).isEqualTo("delivery.rateLimit");
    assertThat(failed.attempts()).isEqualTo(4);
  }

  @Test
  void rejectedTokenIsRefreshedAndTheSendRetriedOnce() {
    settled(enqueue(OutboundKind.TEXT, OutboundContent.text("warm up")));
    int fetchesBefore = WECHAT.tokenFetches();
    WECHAT.revokeAllTokens();
    OutboundMessage sent =
        settled(enqueue(OutboundKind.TEXT, OutboundContent.text("after revoke")));
    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(1);
    assertThat(WECHAT.tokenFetches()).isEqualTo(fetchesBefore + 1);
  }

  @Test
  void systemBusySentNothingSoTheMessageIsSentAgain() {
    WECHAT.failNext(FakeWeChatApi.SEND, -1, -1);
    OutboundMessage sent = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("busy twice")));
    assertThat(sent.status()).isEqualTo(OutboundStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(3);
    assertThat(sendsTo(fan.openid()))
        .hasSize(3)
        .allSatisfy(
            call ->
                assertThat(call.json().path("text").path("content").asText())
                    .isEqualTo("busy twice"));
  }

  @Test
  void readTimeoutIsUncertain() {
    WECHAT.delay(FakeWeChatApi.SEND, Duration.ofSeconds(6));
    OutboundMessage slow = settled(enqueue(OutboundKind.TEXT, OutboundContent.text("slow")));
    assertThat(slow.status()).isEqualTo(OutboundStatus.UNCERTAIN);
    assertThat(sendsTo(fan.openid())).hasSize(1);
  }

  @Test
  void sameIdempotencyKeyQueuesOnceAndDeliversOnce() {
    OutboundMessage first =
        transaction.execute(
            s ->
                outbox.enqueue(
                    fan,
                    FanChannel.WECHAT,
                    OutboundKind.TEXT,
                    OutboundContent.text("once"),
                    Outbox.PRIORITY_AGENT,
                    "idem-" + fan.id(),
                    "agent1"));
    OutboundMessage second =
        transaction.execute(
            s ->
                outbox.enqueue(
                    fan,
                    FanChannel.WECHAT,
                    OutboundKind.TEXT,
                    OutboundContent.text("once"),
                    Outbox.PRIORITY_AGENT,
                    "idem-" + fan.id(),
                    "agent1"));
    assertThat(second.id()).isEqualTo(first.id());
    settled(first);
    assertThat(sendsTo(fan.openid())).hasSize(1);
  }

  @Test
  void aFansMessagesGoOutInOrder() {
    List<OutboundMessage> queued =
        transaction.execute(
            s ->
                java.util.stream.IntStream.range(0, 8)
                    .mapToObj(
                        i ->
                            outbox.enqueue(
                                fan,
                                FanChannel.WECHAT,
                                OutboundKind.TEXT,
                                OutboundContent.text("n" + i),
                                Outbox.PRIORITY_AGENT,
                                "order-" + fan.id() + "-" + i,
                                "agent1"))
                    .toList());
    queued.forEach(this::settled);
    assertThat(sendsTo(fan.openid()))
        .extracting(c -> c.json().path("text").path("content").asText())
        .containsExactly("n0", "n1", "n2", "n3", "n4", "n5", "n6", "n7");
  }

  @Test
  void messageRolledBackWithItsCauseIsNeverSent() {
    String key = "rollback-" + fan.id();
    try {
      transaction.executeWithoutResult(
          s -> {
            outbox.enqueue(
                fan,
                FanChannel.WECHAT,
                OutboundKind.TEXT,
                OutboundContent.text("ghost"),
                Outbox.PRIORITY_AGENT,
                key,
                "agent1");
            throw new IllegalStateException("the causing change failed");
          });
    } catch (IllegalStateException expected) {
      assertThat(expected).hasMessageContaining("causing change");
    }
    assertThat(messages.findByIdempotencyKey(key)).isEmpty();
  }
}
