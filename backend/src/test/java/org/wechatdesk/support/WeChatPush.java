package org.wechatdesk.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.wechatdesk.channel.wechat.crypto.PushCipher;
import org.wechatdesk.channel.wechat.crypto.PushSignature;

/**
 * Builds pushes exactly as WeChat's server sends them in safe mode, and posts them to the desk.
 * Messages are addressed, as WeChat addresses them, to the account's original id ({@code gh_…}).
 */
public final class WeChatPush {

  private static final AtomicLong MSG_IDS = new AtomicLong(7_000_000_000_000_000_000L);

  private final HttpClient http = HttpClient.newHttpClient();
  private final String pushUrl;
  private final String appId;
  private final String originalId;
  private final String token;
  private final String encodingAesKey;

  public WeChatPush(
      String pushUrl, String appId, String originalId, String token, String encodingAesKey) {
    this.pushUrl = pushUrl;
    this.appId = appId;
    this.originalId = originalId;
    this.token = token;
    this.encodingAesKey = encodingAesKey;
  }

  public static long nextMsgId() {
    return MSG_IDS.incrementAndGet();
  }

  public String textXml(String openid, String content, long msgId) {
    return message(openid, "text", "<Content><![CDATA[" + content + "]]></Content>", msgId);
  }

  public String message(String openid, String msgType, String fields, long msgId) {
    return "<xml><ToUserName><![CDATA["
        + originalId
        + "]]></ToUserName><FromUserName><![CDATA["
        + openid
        + "]]></FromUserName><CreateTime>"
        + Instant.now().getEpochSecond()
        + "</CreateTime><MsgType><![CDATA["
        + msgType
        + "]]></MsgType>"
        + fields
        + "<MsgId>"
        + msgId
        + "</MsgId></xml>";
  }

  public String event(String openid, String event, String fields, long createTime) {
    return "<xml><ToUserName><![CDATA["
        + originalId
        + "]]></ToUserName><FromUserName><![CDATA["
        + openid
        + "]]></FromUserName><CreateTime>"
        + createTime
        + "</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA["
        + event
        + "]]></Event>"
        + fields
        + "</xml>";
  }

  /** A signed, encrypted push of {@code innerXml}; {@code timestamp} is WeChat's clock. */
  public Signed sign(String innerXml, long timestamp) {
    String encrypted = new PushCipher(encodingAesKey).encrypt(innerXml, appId);
    String nonce = Long.toString(System.nanoTime());
    String ts = Long.toString(timestamp);
    String body =
        "<xml><ToUserName><![CDATA["
            + originalId
            + "]]></ToUserName><Encrypt><![CDATA["
            + encrypted
            + "]]></Encrypt></xml>";
    String query =
        "signature="
            + PushSignature.of(token, ts, nonce)
            + "&timestamp="
            + ts
            + "&nonce="
            + nonce
            + "&openid=o&encrypt_type=aes&msg_signature="
            + PushSignature.of(token, ts, nonce, encrypted);
    return new Signed(query, body);
  }

  public Signed sign(String innerXml) {
    return sign(innerXml, Instant.now().getEpochSecond());
  }

  public HttpResponse<String> post(Signed signed) {
    return post(signed.query(), signed.body());
  }

  public HttpResponse<String> post(String query, String body) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(pushUrl + "?" + query))
              .header("Content-Type", "text/xml")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> get(String query) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create(pushUrl + "?" + query)).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public record Signed(String query, String body) {}
}
