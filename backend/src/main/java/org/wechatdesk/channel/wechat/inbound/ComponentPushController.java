package org.wechatdesk.channel.wechat.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.channel.wechat.component.ComponentEvents;
import org.wechatdesk.channel.wechat.component.ComponentPlatform;
import org.wechatdesk.channel.wechat.component.ComponentSettings;
import org.wechatdesk.channel.wechat.component.ReleaseCheck;
import org.wechatdesk.channel.wechat.crypto.PushCipher;
import org.wechatdesk.channel.wechat.crypto.PushSignature;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.inbox.Inbox;

/**
 * The third-party platform's two URLs: the authorization-event URL (verify tickets and
 * authorizations) and the message URL of its authorized accounts ({@code $APPID$} in the path).
 * Both are signed and encrypted with the platform's Token and EncodingAESKey and checked like a
 * developer-mode push before anything is read; an authorized account's messages then take the same
 * way as developer-mode pushes: the inbox's dedupe, persist-then-answer, the flow and the outbox.
 */
@RestController
class ComponentPushController {

  static final String EVENTS = "/wechat/component/events";
  static final String MESSAGES = "/wechat/component/{appId}/messages";

  private final ComponentPlatform platform;
  private final ComponentEvents events;
  private final ReleaseCheck releaseCheck;
  private final AccountRepository accounts;
  private final PushVerifier verifier;
  private final Inbox inbox;
  private final Clock clock;
  private final int maxBodyBytes;

  ComponentPushController(
      ComponentPlatform platform,
      ComponentEvents events,
      ReleaseCheck releaseCheck,
      AccountRepository accounts,
      PushVerifier verifier,
      Inbox inbox,
      Clock clock,
      WeChatProperties properties) {
    this.platform = platform;
    this.events = events;
    this.releaseCheck = releaseCheck;
    this.accounts = accounts;
    this.verifier = verifier;
    this.inbox = inbox;
    this.clock = clock;
    this.maxBodyBytes = properties.push().maxBodyBytes();
  }

  @PostMapping(value = EVENTS, produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> event(
      @RequestParam(name = "msg_signature", required = false) String msgSignature,
      @RequestParam(required = false) String timestamp,
      @RequestParam(required = false) String nonce,
      @RequestParam(name = "encrypt_type", required = false) String encryptType,
      HttpServletRequest request)
      throws IOException {
    ComponentSettings settings = settings();
    String body = PushBody.read(request, maxBodyBytes);
    PushVerifier.Envelope envelope =
        verifier.openEnvelope(
            keys(settings),
            new PushVerifier.SafeModeParams(msgSignature, timestamp, nonce, encryptType),
            body);
    events.handle(SafeXml.parseFields(envelope.xml()));
    return ResponseEntity.ok("success");
  }

  @PostMapping(value = MESSAGES, produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> message(
      @PathVariable String appId,
      @RequestParam(name = "msg_signature", required = false) String msgSignature,
      @RequestParam(required = false) String timestamp,
      @RequestParam(required = false) String nonce,
      @RequestParam(name = "encrypt_type", required = false) String encryptType,
      HttpServletRequest request)
      throws IOException {
    ComponentSettings settings = settings();
    String body = PushBody.read(request, maxBodyBytes);
    PushVerifier.SafeModeParams params =
        new PushVerifier.SafeModeParams(msgSignature, timestamp, nonce, encryptType);
    if (ReleaseCheck.isTestAccount(appId)) {
      return releaseCheck(settings, params, body);
    }
    OfficialAccount account =
        accounts
            .findByAppId(appId)
            .filter(OfficialAccount::authorizedThroughComponent)
            .orElseThrow(
                () ->
                    new PushRejectedException(
                        HttpStatus.NOT_FOUND, "no account authorized with this appid"));
    PushVerifier.VerifiedPush verified =
        verifier.open(keys(settings), account.originalId(), params, body);
    if (platform.messagesGranted(account.id())) {
      inbox.store(
          account.id(),
          FanChannel.WECHAT,
          PushTranslation.toNeutral(verified.message()),
          verified.xml(),
          null);
    }
    return ResponseEntity.ok("success");
  }

  /** WeChat's test account: its receiver is WeChat's own, whatever original id it names. */
  private ResponseEntity<String> releaseCheck(
      ComponentSettings settings, PushVerifier.SafeModeParams params, String body) {
    PushVerifier.Envelope envelope = verifier.openEnvelope(keys(settings), params, body);
    PushMessage message = PushMessage.parse(envelope.xml());
    Optional<String> reply =
        releaseCheck.answer(
            message.openid(), message.msgType(), message.event(), message.field("Content"));
    return ResponseEntity.ok(reply.map(text -> passiveText(settings, message, text)).orElse(""));
  }

  /** A passive text reply, encrypted and signed with the platform's keys as WeChat requires. */
  private String passiveText(ComponentSettings settings, PushMessage message, String text) {
    String timestamp = Long.toString(clock.instant().getEpochSecond());
    String inner =
        "<xml><ToUserName><![CDATA["
            + message.openid()
            + "]]></ToUserName><FromUserName><![CDATA["
            + message.toUser()
            + "]]></FromUserName><CreateTime>"
            + timestamp
            + "</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA["
            + text
            + "]]></Content></xml>";
    String encrypted = new PushCipher(settings.encodingAesKey()).encrypt(inner, settings.appId());
    String nonce = Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    return "<xml><Encrypt><![CDATA["
        + encrypted
        + "]]></Encrypt><MsgSignature><![CDATA["
        + PushSignature.of(settings.token(), timestamp, nonce, encrypted)
        + "]]></MsgSignature><TimeStamp>"
        + timestamp
        + "</TimeStamp><Nonce><![CDATA["
        + nonce
        + "]]></Nonce></xml>";
  }

  private ComponentSettings settings() {
    return platform
        .settings()
        .orElseThrow(
            () ->
                new PushRejectedException(
                    HttpStatus.NOT_FOUND, "no third-party platform is set up"));
  }

  private static PushVerifier.PushKeys keys(ComponentSettings settings) {
    return new PushVerifier.PushKeys(
        settings.appId(), settings.token(), null, settings.encodingAesKey(), null);
  }
}
