package org.wechatdesk.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.wechatdesk.channel.wechat.crypto.PushCipher;
import org.wechatdesk.channel.wechat.crypto.PushSignature;
import org.wechatdesk.media.MediaError;
import org.wechatdesk.standin.WeChatStandIn;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/**
 * Plays WeChat's server for a simulated fan: writes the push XML WeChat would write, encrypts and
 * signs it in safe mode with the demo account's Token and EncodingAESKey, and posts it to the
 * desk's real push endpoint over HTTP, so a simulated message takes exactly the path a real one
 * does.
 */
@Component
@Profile("demo")
class FanSimulator {

  private static final Pattern OPENID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

  private final WeChatStandIn wechat;
  private final Environment environment;
  private final Clock clock;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final SecureRandom random = new SecureRandom();
  private final AtomicLong msgIds;

  FanSimulator(WeChatStandIn wechat, Environment environment, Clock clock) {
    this.wechat = wechat;
    this.environment = environment;
    this.clock = clock;
    // WeChat's MsgIds are large and unique; starting from the clock keeps them unique across demo
    // restarts.
    this.msgIds = new AtomicLong(clock.millis() * 1000);
  }

  /** Sends what the fan did; returns the push endpoint's HTTP status and body. */
  PushResult push(String openid, SimulatedPush push) {
    if (openid == null || !OPENID.matcher(openid).matches()) {
      throw InvalidInputException.of("openid", DemoError.OPENID_FORMAT);
    }
    return post(DemoAccount.APP_ID, sign(xml(openid, push)));
  }

  String xml(String openid, SimulatedPush push) {
    String type = push.type() == null ? "" : push.type();
    long now = clock.instant().getEpochSecond();
    String head =
        "<xml><ToUserName>"
            + cdata(DemoAccount.ORIGINAL_ID)
            + "</ToUserName><FromUserName>"
            + cdata(openid)
            + "</FromUserName><CreateTime>"
            + now
            + "</CreateTime>";
    return switch (type) {
      case "text" ->
          head
              + "<MsgType>"
              + cdata("text")
              + "</MsgType><Content>"
              + cdata(required("text", push.text()))
              + "</Content>"
              + msgId()
              + "</xml>";
      case "image" -> {
        String mediaId = wechat.putMedia(image(push.imageBase64()), "fan-image.jpg", "image/jpeg");
        yield head
            + "<MsgType>"
            + cdata("image")
            + "</MsgType><PicUrl>"
            + cdata("http://mmbiz.qpic.cn/demo/" + mediaId)
            + "</PicUrl><MediaId>"
            + cdata(mediaId)
            + "</MediaId>"
            + msgId()
            + "</xml>";
      }
      case "location" ->
          head
              + "<MsgType>"
              + cdata("location")
              + "</MsgType><Location_X>"
              + coordinate("lat", push.lat(), 90)
              + "</Location_X><Location_Y>"
              + coordinate("lng", push.lng(), 180)
              + "</Location_Y><Scale>15</Scale><Label>"
              + cdata(push.label() == null ? "" : push.label())
              + "</Label>"
              + msgId()
              + "</xml>";
      case "click" ->
          head
              + "<MsgType>"
              + cdata("event")
              + "</MsgType><Event>"
              + cdata("CLICK")
              + "</Event><EventKey>"
              + cdata(required("eventKey", push.eventKey()))
              + "</EventKey></xml>";
      case "subscribe" ->
          head
              + "<MsgType>"
              + cdata("event")
              + "</MsgType><Event>"
              + cdata("subscribe")
              + "</Event><EventKey>"
              + cdata("")
              + "</EventKey></xml>";
      default ->
          throw InvalidInputException.of(
              "type", InputError.ONE_OF, "values", "text, image, location, click, subscribe");
    };
  }

  private Signed sign(String innerXml) {
    byte[] nonceBytes = new byte[5];
    random.nextBytes(nonceBytes);
    String nonce = HexFormat.of().formatHex(nonceBytes);
    String encrypted =
        new PushCipher(DemoAccount.ENCODING_AES_KEY).encrypt(innerXml, DemoAccount.APP_ID);
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String body =
        "<xml><ToUserName>"
            + cdata(DemoAccount.ORIGINAL_ID)
            + "</ToUserName><Encrypt>"
            + cdata(encrypted)
            + "</Encrypt></xml>";
    String query =
        "signature="
            + PushSignature.of(DemoAccount.TOKEN, timestamp, nonce)
            + "&timestamp="
            + timestamp
            + "&nonce="
            + nonce
            + "&encrypt_type=aes&msg_signature="
            + PushSignature.of(DemoAccount.TOKEN, timestamp, nonce, encrypted);
    return new Signed(query, body);
  }

  private PushResult post(String appId, Signed signed) {
    String port =
        environment.getProperty(
            "local.server.port", environment.getProperty("server.port", "8080"));
    URI uri =
        URI.create("http://localhost:" + port + "/wechat/push/" + appId + "?" + signed.query());
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(uri)
                  .timeout(Duration.ofSeconds(10))
                  .header("Content-Type", "text/xml; charset=utf-8")
                  .POST(HttpRequest.BodyPublishers.ofString(signed.body()))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      return new PushResult(response.statusCode(), response.body());
    } catch (IOException e) {
      throw new IllegalStateException("posting the simulated push failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while posting the simulated push", e);
    }
  }

  private String msgId() {
    return "<MsgId>" + msgIds.incrementAndGet() + "</MsgId>";
  }

  private static byte[] image(String base64) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(required("imageBase64", base64));
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of("imageBase64", InputError.BASE64);
    }
    if (bytes.length == 0 || bytes.length > MAX_IMAGE_BYTES) {
      throw InvalidInputException.of("imageBase64", MediaError.IMAGE_SIZE, "max", "2 MB");
    }
    return bytes;
  }

  private static String coordinate(String field, Double value, int limit) {
    if (value == null || value.isNaN() || Math.abs(value) > limit) {
      throw InvalidInputException.of(field, InputError.RANGE, "min", -limit, "max", limit);
    }
    return value.toString();
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw InvalidInputException.of(field, InputError.REQUIRED);
    }
    return value;
  }

  /**
   * CDATA cannot contain its own terminator, so a "]]>" in the text is split across two sections.
   */
  private static String cdata(String text) {
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>";
  }

  /** What the simulator page asks to send; only the fields of the chosen type are read. */
  /** One record for every type of push; each type reads only its own fields. */
  record SimulatedPush(
      String type,
      @Nullable String text,
      @Nullable String imageBase64,
      @Nullable Double lat,
      @Nullable Double lng,
      @Nullable String label,
      @Nullable String eventKey) {}

  record PushResult(int status, String body) {}

  private record Signed(String query, String body) {}
}
