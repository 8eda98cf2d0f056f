package org.wechatdesk.channel.wechat.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.wechatdesk.fan.Fan;
import org.wechatdesk.fan.FanProfiles;
import org.wechatdesk.fan.FanQuota;
import org.wechatdesk.fan.FanRepository;
import org.wechatdesk.media.MediaRepository;
import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundKind;
import org.wechatdesk.support.FakeWeChatApi;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.WeChatPush;

class InboundProcessingTest extends IntegrationTest {

  @Autowired FanRepository fans;

  @Autowired FanQuota quota;

  @Autowired org.wechatdesk.fan.QuotaProperties quotaLimits;

  @Autowired MediaRepository media;

  @Autowired FanProfiles profiles;

  private TestAccount account;
  private WeChatPush push;

  @BeforeEach
  void bind() {
    account = bindAccount();
    push = account.push();
  }

  private List<FanMessageReceived> receivedFor(String openid) {
    return events.received().stream().filter(e -> e.message().openid().equals(openid)).toList();
  }

  @Test
  void everyMessageAndEventTypeIsProcessedWithItsKind() {
    String openid = "o_types_" + System.nanoTime();
    long now = Instant.now().getEpochSecond();
    WECHAT.putMedia("IMG_MEDIA", new byte[] {1, 2, 3}, "photo.jpg", "image/jpeg");
    WECHAT.putMedia("VOICE_MEDIA", new byte[] {4, 5}, "voice.amr", "audio/amr");
    WECHAT.putMedia("VIDEO_MEDIA", new byte[] {6}, "clip.mp4", "video/mp4");
    WECHAT.putMedia("SHORT_MEDIA", new byte[] {7}, "short.mp4", "video/mp4");
    List<Map.Entry<InboundKind, String>> pushes =
        List.of(
            Map.entry(
                InboundKind.TEXT, push.textXml(openid, "表情 /::) /:<@ 结束", WeChatPush.nextMsgId())),
            Map.entry(
                InboundKind.IMAGE,
                push.message(
                    openid,
                    "image",
                    "<PicUrl><![CDATA[http://mmbiz/x.jpg]]></PicUrl><MediaId><![CDATA[IMG_MEDIA]]></MediaId>",
                    WeChatPush.nextMsgId())),
            Map.entry(
                InboundKind.VOICE,
                push.message(
                    openid,
                    "voice",
                    "<MediaId><![CDATA[VOICE_MEDIA]]></MediaId><Format><![CDATA[amr]]></Format>",
                    WeChatPush.nextMsgId())),
            Map.entry(
                InboundKind.VIDEO,
                push.message(
                    openid,
                    "video",
                    "<MediaId><![CDATA[VIDEO_MEDIA]]></MediaId><ThumbMediaId><![CDATA[T]]></ThumbMediaId>",
                    WeChatPush.nextMsgId())),
            Map.entry(
                InboundKind.SHORTVIDEO,
                push.message(
                    openid,
                    "shortvideo",
                    "<MediaId><![CDATA[SHORT_MEDIA]]></MediaId><ThumbMediaId><![CDATA[T]]></ThumbMediaId>",
                    WeChatPush.nextMsgId())),
            Map.entry(
                InboundKind.LOCATION,
                push.message(
                    openid,
                    "location",
                    "<Location_X>23.134521</Location_X><Location_Y>113.358803</Location_Y><Scale>20</Scale><Label><![CDATA[广州]]></Label>",
                    WeChatPush.nextMsgId())),
            Map.entry(
                InboundKind.LINK,
                push.message(
                    openid,
                    "link",
                    "<Title><![CDATA[标题]]></Title><Description><![CDATA[d]]></Description><Url><![CDATA[https://example.com]]></Url>",
                    WeChatPush.nextMsgId())),
            Map.entry(InboundKind.SUBSCRIBE, push.event(openid, "subscribe", "", now - 9)),
            Map.entry(
                InboundKind.SCAN,
                push.event(
                    openid,
                    "SCAN",
                    "<EventKey><![CDATA[123]]></EventKey><Ticket>t</Ticket>",
                    now - 8)),
            Map.entry(
                InboundKind.CLICK,
                push.event(openid, "CLICK", "<EventKey><![CDATA[MENU_1]]></EventKey>", now - 7)),
            Map.entry(
                InboundKind.VIEW,
                push.event(
                    openid,
                    "VIEW",
                    "<EventKey><![CDATA[https://example.com]]></EventKey>",
                    now - 6)),
            Map.entry(
                InboundKind.LOCATION_REPORT,
                push.event(
                    openid,
                    "LOCATION",
                    "<Latitude>23.1</Latitude><Longitude>113.3</Longitude><Precision>119</Precision>",
                    now - 5)),
            Map.entry(InboundKind.UNSUBSCRIBE, push.event(openid, "unsubscribe", "", now - 4)),
            Map.entry(
                InboundKind.UNSUPPORTED,
                push.message(
                    openid,
                    "miniprogrampage",
                    "<Title><![CDATA[小程序]]></Title>",
                    WeChatPush.nextMsgId())));
    for (Map.Entry<InboundKind, String> entry : pushes) {
      assertThat(push.post(push.sign(entry.getValue())).body()).isEqualTo("success");
    }

    await("all pushes are processed", () -> receivedFor(openid).size() == pushes.size());
    assertThat(receivedFor(openid))
        .extracting(FanMessageReceived::kind)
        .containsExactlyElementsOf(pushes.stream().map(Map.Entry::getKey).toList());
    FanMessageReceived text =
        receivedFor(openid).stream()
            .filter(e -> e.kind() == InboundKind.TEXT)
            .findFirst()
            .orElseThrow();
    assertThat(text.message().text()).isEqualTo("表情 /::) /:<@ 结束");

    FanMessageReceived image =
        receivedFor(openid).stream()
            .filter(e -> e.kind() == InboundKind.IMAGE)
            .findFirst()
            .orElseThrow();
    assertThat(image.mediaId()).isNotNull();
    MediaRepository.StoredMedia kept = media.find(image.mediaId()).orElseThrow();
    assertThat(kept.content()).containsExactly(1, 2, 3);
    assertThat(kept.contentType()).isEqualTo("image/jpeg");
    assertThat(receivedFor(openid).stream().filter(e -> e.kind().carriesMedia()))
        .allSatisfy(e -> assertThat(e.mediaId()).isNotNull());

    Fan fan = fans.find(account.account().id(), openid).orElseThrow();
    assertThat(fan.subscribed()).isFalse();
    assertThat(fan.windowKind()).isEqualTo(Fan.WindowKind.MESSAGE);
    assertThat(quota.of(fan).remaining()).isEqualTo(quotaLimits.messageLimit());
  }

  @Test
  void anAmrVoiceIsKeptAsMp3ThatBrowsersPlay() throws Exception {
    String openid = "o_voice_" + System.nanoTime();
    byte[] amr;
    try (var in = getClass().getResourceAsStream("/media/voice-440hz.amr")) {
      amr = in.readAllBytes();
    }
    WECHAT.putMedia("REAL_AMR", amr, "voice.amr", "audio/amr");
    push.post(
        push.sign(
            push.message(
                openid,
                "voice",
                """
        <MediaId><![CDATA[REAL_AMR]]></MediaId><Format><![CDATA[amr]]></Format>
        <Recognition><![CDATA[你好]]></Recognition>""",
                WeChatPush.nextMsgId())));
    await("the voice is processed", () -> receivedFor(openid).size() == 1);

    MediaRepository.StoredMedia kept =
        media.find(receivedFor(openid).get(0).mediaId()).orElseThrow();
    assertThat(kept.contentType()).isEqualTo("audio/mpeg");
    assertThat(kept.content().length).isGreaterThan(1000);
    boolean id3 = kept.content()[0] == 'I' && kept.content()[1] == 'D' && kept.content()[2] == '3';
    boolean frameSync = (kept.content()[0] & 0xFF) == 0xFF && (kept.content()[1] & 0xE0) == 0xE0;
    assertThat(id3 || frameSync).as("an MP3 stream").isTrue();
  }

  @Test
  void aFailedMediaDownloadHoldsUpNeitherTheMessageNorTheFansNextOnes() {
    String openid = "o_media_late_" + System.nanoTime();
    WECHAT.putMedia("LATE_MEDIA", new byte[] {9, 9}, "p.png", "image/png");
    WECHAT.failNext(FakeWeChatApi.MEDIA_GET, -1, -1);
    push.post(
        push.sign(
            push.message(
                openid,
                "image",
                "<MediaId><![CDATA[LATE_MEDIA]]></MediaId>",
                WeChatPush.nextMsgId())));
    push.post(push.sign(push.textXml(openid, "看到图了吗", WeChatPush.nextMsgId())));

    await(
        "both messages are processed without waiting for the media",
        () -> receivedFor(openid).size() == 2);
    FanMessageReceived image = receivedFor(openid).get(0);
    assertThat(image.kind()).isEqualTo(InboundKind.IMAGE);
    assertThat(image.mediaPending()).isTrue();
    assertThat(image.mediaId()).isNull();
    assertThat(receivedFor(openid).get(1).message().text()).isEqualTo("看到图了吗");

    await("the media is fetched apart", () -> "KEPT".equals(mediaStatus(image.inboundId())));
    Long kept =
        jdbc.sql("select media_id from desk.inbound_message where id = ?")
            .param(image.inboundId())
            .query(Long.class)
            .single();
    assertThat(media.find(kept).orElseThrow().content()).containsExactly(9, 9);
    assertThat(WECHAT.calls(FakeWeChatApi.MEDIA_GET)).hasSize(3);
  }

  @Test
  void mediaWeChatWillNotHandOverIsGivenUpWithTheReason() {
    String openid = "o_media_gone_" + System.nanoTime();
    WECHAT.failNext(FakeWeChatApi.MEDIA_GET, 40007, 40007, 40007);
    push.post(
        push.sign(
            push.message(
                openid,
                "voice",
                "<MediaId><![CDATA[GONE]]></MediaId><Format>amr</Format>",
                WeChatPush.nextMsgId())));
    await("the voice message is processed", () -> receivedFor(openid).size() == 1);
    long inboundId = receivedFor(openid).get(0).inboundId();
    await(
        "the media is given up after the configured attempts",
        () -> "FAILED".equals(mediaStatus(inboundId)));
    assertThat(
            jdbc.sql("select media_error from desk.inbound_message where id = ?")
                .param(inboundId)
                .query(String.class)
                .single())
        .contains("40007");
    assertThat(events.mediaSettled())
        .anySatisfy(
            settled -> {
              assertThat(settled.inboundId()).isEqualTo(inboundId);
              assertThat(settled.failure()).contains("40007");
            });
  }

  private String mediaStatus(long inboundId) {
    return jdbc.sql("select media_status from desk.inbound_message where id = ?")
        .param(inboundId)
        .query(String.class)
        .single();
  }

  @Test
  void aFanWhoOnlyWritesIsRecordedAsFollowingWhenWeChatSaysSo() {
    String openid = "o_writer_" + System.nanoTime();
    push.post(push.sign(push.textXml(openid, "只发消息，没有关注事件", WeChatPush.nextMsgId())));
    await(
        "user/info's subscribe is kept",
        () -> fans.find(account.account().id(), openid).map(Fan::subscribed).orElse(false));
  }

  @Test
  void aUserInfoWeChatRefusedForNowIsAskedAgain() {
    String openid = "o_profile_retry_" + System.nanoTime();
    WECHAT.putUserInfo(openid, "王五", "https://thirdwx.qlogo.cn/mmopen/wang/132");
    WECHAT.failNext(FakeWeChatApi.USER_INFO_BATCH, 45009, -1);
    push.post(push.sign(push.textXml(openid, "你好", WeChatPush.nextMsgId())));
    await(
        "the profile arrives after two refusals",
        () ->
            fans.find(account.account().id(), openid)
                .flatMap(fan -> profiles.find(fan.id()))
                .map(p -> "王五".equals(p.nickname()))
                .orElse(false));
    assertThat(WECHAT.userInfoCallsFor(openid)).hasSize(3);
  }

  @Test
  void everyFanDueForAProfileIsAskedAboutWhateverTheBurst() {
    long accountId = account.account().id();
    List<Long> fanIds = new ArrayList<>();
    for (int i = 0; i < 1_200; i++) {
      fanIds.add(fans.findOrCreate(accountId, "o_burst_" + i + "_" + System.nanoTime()).id());
    }
    fanIds.forEach(id -> profiles.fetchDue(id, Instant.now()));
    await(
        "all 1,200 are asked about",
        () ->
            jdbc.sql(
                        "select count(*) from desk.fan where account_id = ? and profile_fetched_at is not null")
                    .param(accountId)
                    .query(Long.class)
                    .single()
                == 1_200);
  }

  @Test
  void duplicateDeliveriesAtTheSameMomentAreProcessedOnce() throws Exception {
    String openid = "o_dup_" + System.nanoTime();
    WeChatPush.Signed message = push.sign(push.textXml(openid, "once", WeChatPush.nextMsgId()));
    long eventTime = Instant.now().getEpochSecond();
    WeChatPush.Signed click =
        push.sign(push.event(openid, "CLICK", "<EventKey>K</EventKey>", eventTime));
    WeChatPush.Signed clickResent =
        push.sign(push.event(openid, "CLICK", "<EventKey>K</EventKey>", eventTime));

    int threads = 16;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      WeChatPush.Signed signed = i % 3 == 0 ? message : (i % 3 == 1 ? click : clickResent);
      Callable<HttpResponse<String>> call =
          () -> {
            start.await();
            return push.post(signed);
          };
      answers.add(pool.submit(call));
    }
    start.countDown();
    for (Future<HttpResponse<String>> answer : answers) {
      assertThat(answer.get().statusCode()).isEqualTo(200);
      assertThat(answer.get().body()).isEqualTo("success");
    }
    pool.shutdown();

    await(
        "no delivery is left unprocessed",
        () ->
            jdbc.sql(
                        "select count(*) from desk.inbound_message where openid = ? and status <> 'PROCESSED'")
                    .param(openid)
                    .query(Long.class)
                    .single()
                == 0);
    assertThat(receivedFor(openid))
        .extracting(FanMessageReceived::kind)
        .containsExactlyInAnyOrder(InboundKind.TEXT, InboundKind.CLICK);
    assertThat(
            jdbc.sql("select count(*) from desk.inbound_message where openid = ?")
                .param(openid)
                .query(Long.class)
                .single())
        .isEqualTo(2);
  }

  @Test
  void aMessageInTheSameSecondAsAMenuClickOpensTheMessageWindow() {
    String openid = "o_window_" + System.nanoTime();
    String text = push.textXml(openid, "有货吗", WeChatPush.nextMsgId());
    long sameSecond =
        Long.parseLong(text.replaceAll("(?s).*<CreateTime>(\\d+)</CreateTime>.*", "$1"));
    push.post(
        push.sign(push.event(openid, "CLICK", "<EventKey><![CDATA[1]]></EventKey>", sameSecond)));
    push.post(push.sign(text));
    // The events are recorded inside the processing transactions: wait for both commits.
    await(
        "both are processed and committed",
        () ->
            jdbc.sql(
                        "select count(*) from desk.inbound_message where openid = ? and status = 'PROCESSED'")
                    .param(openid)
                    .query(Integer.class)
                    .single()
                == 2);

    Fan fan = fans.find(account.account().id(), openid).orElseThrow();
    assertThat(fan.windowKind())
        .as("WeChat's 48-hour window, not the click's minute")
        .isEqualTo(Fan.WindowKind.MESSAGE);
    assertThat(quota.of(fan).remaining()).isEqualTo(quotaLimits.messageLimit());
  }

  @Test
  void aFansMessagesAreProcessedInTheOrderTheyArrived() {
    String openid = "o_order_" + System.nanoTime();
    for (int i = 0; i < 10; i++) {
      push.post(push.sign(push.textXml(openid, "m" + i, WeChatPush.nextMsgId())));
    }
    await("ten messages are processed", () -> receivedFor(openid).size() == 10);
    assertThat(receivedFor(openid))
        .extracting(e -> e.message().text())
        .containsExactly("m0", "m1", "m2", "m3", "m4", "m5", "m6", "m7", "m8", "m9");
  }
}
