package org.wechatdesk.channel.wechat.inbound;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.wechatdesk.channel.wechat.crypto.PushCipher;
import org.wechatdesk.channel.wechat.crypto.PushSignature;
import org.wechatdesk.support.IntegrationTest;
import org.wechatdesk.support.WeChatPush;

/** The push URL against every bad input the issue lists, through the real HTTP endpoint. */
@ExtendWith(OutputCaptureExtension.class)
class PushEndpointTest extends IntegrationTest {

  private TestAccount account;
  private WeChatPush push;

  @BeforeEach
  void bind() {
    account = bindAccount();
    push = account.push();
  }

  private long storedFor(String openid) {
    return jdbc.sql("select count(*) from desk.inbound_message where account_id = ? and openid = ?")
        .params(account.account().id(), openid)
        .query(Long.class)
        .single();
  }

  @Test
  void handshakeAnswersEchostrOnlyForAValidSignature() {
    String ts = Long.toString(Instant.now().getEpochSecond());
    String good = PushSignature.of(account.account().token(), ts, "n1");
    HttpResponse<String> ok =
        push.get("signature=" + good + "&timestamp=" + ts + "&nonce=n1&echostr=hello123");
    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("hello123");
    assertThat(accountService.get(account.account().id()).status().handshakeAt()).isNotNull();

    HttpResponse<String> bad =
        push.get("signature=0000&timestamp=" + ts + "&nonce=n1&echostr=hello123");
    assertThat(bad.statusCode()).isEqualTo(403);
    assertThat(bad.body()).doesNotContain("hello123");
  }

  @Test
  void handshakeOutsideTheClockWindowIsRefused() {
    String year2001 = "1000000000";
    String signature = PushSignature.of(account.account().token(), year2001, "n2");
    HttpResponse<String> stale =
        push.get(
            "signature=" + signature + "&timestamp=" + year2001 + "&nonce=n2&echostr=replayed");
    assertThat(stale.statusCode()).isEqualTo(403);
    assertThat(stale.body()).isEqualTo("timestamp outside the accepted window");
    assertThat(accountService.get(account.account().id()).status().handshakeAt()).isNull();
  }

  @Test
  void pushAddressedToAnotherAccountIsRefusedAndNotStored() {
    String openid = "o_elsewhere_" + System.nanoTime();
    WeChatPush forAnotherAccount =
        new WeChatPush(
            baseUrl() + "/wechat/push/" + account.account().appId(),
            account.account().appId(),
            "gh_0000000000ff",
            account.account().token(),
            account.account().encodingAesKey());
    HttpResponse<String> response =
        forAnotherAccount.post(
            forAnotherAccount.sign(
                forAnotherAccount.textXml(openid, "hi", WeChatPush.nextMsgId())));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("ToUserName");
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void acceptedPushIsStoredBeforeTheAnswer() {
    String openid = "o_store_" + System.nanoTime();
    HttpResponse<String> response =
        push.post(push.sign(push.textXml(openid, "你好 /::)", WeChatPush.nextMsgId())));
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("success");
    assertThat(storedFor(openid)).isEqualTo(1);
  }

  @Test
  void badSignatureIsRejectedAndNothingStored(CapturedOutput output) {
    String openid = "o_badsig_" + System.nanoTime();
    WeChatPush.Signed signed = push.sign(push.textXml(openid, "hi", WeChatPush.nextMsgId()));
    String forged =
        signed.query().replaceAll("msg_signature=[0-9a-f]+", "msg_signature=" + "a".repeat(40));
    HttpResponse<String> response = push.post(forged, signed.body());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(storedFor(openid)).isZero();
    assertThat(output.getOut())
        .contains("msg_signature does not match")
        .doesNotContain(account.account().token())
        .doesNotContain(account.account().encodingAesKey())
        .doesNotContain(account.account().appSecret());
  }

  @Test
  void tamperedCiphertextWithValidSignatureIsRejected() {
    String openid = "o_tamper_" + System.nanoTime();
    String encrypted =
        new PushCipher(account.account().encodingAesKey())
            .encrypt(push.textXml(openid, "hi", WeChatPush.nextMsgId()), account.account().appId());
    char[] chars = encrypted.toCharArray();
    chars[10] = chars[10] == 'A' ? 'B' : 'A';
    chars[40] = chars[40] == 'A' ? 'B' : 'A';
    String tampered = new String(chars);
    HttpResponse<String> response = postRaw(tampered, Instant.now().getEpochSecond());
    assertThat(response.statusCode()).isBetween(400, 403);
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void plaintextNamingAnotherAppIsRejected() {
    String openid = "o_appid_" + System.nanoTime();
    String encrypted =
        new PushCipher(account.account().encodingAesKey())
            .encrypt(push.textXml(openid, "hi", WeChatPush.nextMsgId()), "wx0000000000000000");
    HttpResponse<String> response = postRaw(encrypted, Instant.now().getEpochSecond());
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("appid");
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void staleTimestampIsRejected() {
    String openid = "o_stale_" + System.nanoTime();
    long tenMinutesAgo = Instant.now().minusSeconds(600).getEpochSecond();
    HttpResponse<String> response =
        push.post(push.sign(push.textXml(openid, "hi", WeChatPush.nextMsgId()), tenMinutesAgo));
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).contains("timestamp");
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void malformedOuterOrInnerXmlIsRejected() {
    HttpResponse<String> outer =
        push.post("timestamp=1&nonce=1&encrypt_type=aes&msg_signature=abc", "<xml><Encrypt>");
    assertThat(outer.statusCode()).isEqualTo(400);

    String openid = "o_inner_" + System.nanoTime();
    HttpResponse<String> inner =
        push.post(push.sign("<xml><FromUserName>" + openid + "</FromUserName>"));
    assertThat(inner.statusCode()).isEqualTo(400);
    HttpResponse<String> missingFields =
        push.post(push.sign("<xml><FromUserName>" + openid + "</FromUserName></xml>"));
    assertThat(missingFields.statusCode()).isEqualTo(400);
    assertThat(missingFields.body()).contains("missing");
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void oversizedBodyIsRejected() {
    String openid = "o_big_" + System.nanoTime();
    String big = push.textXml(openid, "x".repeat(70_000), WeChatPush.nextMsgId());
    HttpResponse<String> response = push.post(push.sign(big));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void externalEntityInTheEncryptedXmlIsRejected() {
    String openid = "o_xxe_" + System.nanoTime();
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<xml><ToUserName>gh</ToUserName><FromUserName>"
            + openid
            + "</FromUserName><CreateTime>1</CreateTime>"
            + "<MsgType>text</MsgType><Content>&x;</Content><MsgId>1</MsgId></xml>";
    HttpResponse<String> response = push.post(push.sign(xxe));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).doesNotContain("root:");
    assertThat(storedFor(openid)).isZero();
  }

  @Test
  void entityExpansionInTheEnvelopeIsRejected() {
    String bomb =
        "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><xml><Encrypt>&c;</Encrypt></xml>";
    HttpResponse<String> response =
        push.post("timestamp=1&nonce=1&encrypt_type=aes&msg_signature=abc", bomb);
    assertThat(response.statusCode()).isEqualTo(400);
  }

  @Test
  void plainModeAndUnknownAccountsAreRejected() {
    WeChatPush.Signed signed = push.sign(push.textXml("o_plain", "hi", WeChatPush.nextMsgId()));
    HttpResponse<String> plain =
        push.post(signed.query().replace("encrypt_type=aes", "encrypt_type=raw"), signed.body());
    assertThat(plain.statusCode()).isEqualTo(400);

    WeChatPush unknown =
        new WeChatPush(
            baseUrl() + "/wechat/push/wx9999999999999999",
            "wx9999999999999999",
            account.account().originalId(),
            account.account().token(),
            account.account().encodingAesKey());
    assertThat(unknown.post(unknown.sign(unknown.textXml("o", "hi", 1))).statusCode())
        .isEqualTo(404);
  }

  @Test
  void previousKeyStillDecryptsAfterRotationUntilRemoved() {
    WeChatPush withOldKey = push;
    String newKey = accountService.generateSecrets().encodingAesKey();
    accountService.rotateEncodingAesKey(account.account().id(), newKey);

    String openidOld = "o_oldkey_" + System.nanoTime();
    assertThat(
            withOldKey
                .post(withOldKey.sign(withOldKey.textXml(openidOld, "old", WeChatPush.nextMsgId())))
                .statusCode())
        .isEqualTo(200);
    WeChatPush withNewKey =
        new WeChatPush(
            baseUrl() + "/wechat/push/" + account.account().appId(),
            account.account().appId(),
            account.account().originalId(),
            account.account().token(),
            newKey);
    String openidNew = "o_newkey_" + System.nanoTime();
    assertThat(
            withNewKey
                .post(withNewKey.sign(withNewKey.textXml(openidNew, "new", WeChatPush.nextMsgId())))
                .statusCode())
        .isEqualTo(200);

    accountService.removePreviousEncodingAesKey(account.account().id());
    String openidLate = "o_late_" + System.nanoTime();
    assertThat(
            withOldKey
                .post(
                    withOldKey.sign(withOldKey.textXml(openidLate, "late", WeChatPush.nextMsgId())))
                .statusCode())
        .isEqualTo(400);
    assertThat(storedFor(openidOld)).isEqualTo(1);
    assertThat(storedFor(openidNew)).isEqualTo(1);
    assertThat(storedFor(openidLate)).isZero();
  }

  private HttpResponse<String> postRaw(String encrypted, long timestamp) {
    String ts = Long.toString(timestamp);
    String nonce = "raw" + System.nanoTime();
    String signature = PushSignature.of(account.account().token(), ts, nonce, encrypted);
    return push.post(
        "timestamp=" + ts + "&nonce=" + nonce + "&encrypt_type=aes&msg_signature=" + signature,
        "<xml><ToUserName>gh</ToUserName><Encrypt><![CDATA[" + encrypted + "]]></Encrypt></xml>");
  }
}
