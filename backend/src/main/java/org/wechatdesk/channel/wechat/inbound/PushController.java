package org.wechatdesk.channel.wechat.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.message.FanChannel;
import org.wechatdesk.message.inbox.Inbox;

/**
 * The push URL WeChat calls for one account: the WeChat channel's edge. A push is verified,
 * translated into the desk's neutral message, stored in the {@link Inbox}, and acknowledged with
 * {@code success} at once; everything else happens after WeChat's 5-second deadline would matter. A
 * disabled account's pushes are handled alike, so WeChat shows its fans no error; the inbox starts
 * nothing for them.
 */
@RestController
class PushController {

  private static final Logger log = LoggerFactory.getLogger(PushController.class);

  private final AccountRepository accounts;
  private final PushVerifier verifier;
  private final Inbox inbox;
  private final int maxBodyBytes;

  PushController(
      AccountRepository accounts, PushVerifier verifier, Inbox inbox, WeChatProperties properties) {
    this.accounts = accounts;
    this.verifier = verifier;
    this.inbox = inbox;
    this.maxBodyBytes = properties.push().maxBodyBytes();
  }

  @GetMapping(value = "/wechat/push/{appId}", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> handshake(
      @PathVariable String appId,
      @RequestParam(required = false) String signature,
      @RequestParam(required = false) String timestamp,
      @RequestParam(required = false) String nonce,
      @RequestParam(required = false) String echostr) {
    OfficialAccount account = account(appId);
    PushVerifier.SignedWith signedWith =
        verifier.checkHandshake(account, signature, timestamp, nonce);
    if (echostr == null) {
      throw new PushRejectedException(HttpStatus.BAD_REQUEST, "echostr missing");
    }
    forgetPreviousTokenOnceUnused(account, signedWith);
    accounts.recordHandshake(account.id());
    return ResponseEntity.ok(echostr);
  }

  @PostMapping(value = "/wechat/push/{appId}", produces = MediaType.TEXT_PLAIN_VALUE)
  ResponseEntity<String> push(
      @PathVariable String appId,
      @RequestParam(name = "msg_signature", required = false) String msgSignature,
      @RequestParam(required = false) String timestamp,
      @RequestParam(required = false) String nonce,
      @RequestParam(name = "encrypt_type", required = false) String encryptType,
      HttpServletRequest request)
      throws IOException {
    OfficialAccount account = account(appId);
    String body = readLimited(request);
    PushVerifier.VerifiedPush verified =
        verifier.open(
            account,
            new PushVerifier.SafeModeParams(msgSignature, timestamp, nonce, encryptType),
            body);
    inbox.store(
        account.id(),
        FanChannel.WECHAT,
        PushTranslation.toNeutral(verified.message()),
        verified.xml(),
        null);
    forgetPreviousTokenOnceUnused(account, verified.signedWith());
    return ResponseEntity.ok("success");
  }

  /**
   * WeChat signing with the new Token means its console has it: the old one is not accepted again.
   */
  private void forgetPreviousTokenOnceUnused(
      OfficialAccount account, PushVerifier.SignedWith signedWith) {
    if (account.previousToken() != null && signedWith == PushVerifier.SignedWith.CURRENT_TOKEN) {
      accounts.forgetPreviousToken(account.id());
    }
  }

  private OfficialAccount account(String appId) {
    return accounts
        .findByAppId(appId)
        .orElseThrow(
            () ->
                new PushRejectedException(
                    HttpStatus.NOT_FOUND, "no account bound with this appid"));
  }

  private String readLimited(HttpServletRequest request) throws IOException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw new PushRejectedException(
          HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + maxBodyBytes + " bytes");
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        throw new PushRejectedException(
            HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + maxBodyBytes + " bytes");
      }
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  @ExceptionHandler(PushRejectedException.class)
  ResponseEntity<String> rejected(PushRejectedException e, HttpServletRequest request) {
    log.warn(
        "Push rejected ({}) from {} on {}: {}",
        e.status().value(),
        request.getRemoteAddr(),
        request.getRequestURI(),
        e.getMessage());
    return ResponseEntity.status(e.status()).contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }

  @ExceptionHandler(MalformedPushException.class)
  ResponseEntity<String> malformed(MalformedPushException e, HttpServletRequest request) {
    log.warn(
        "Push rejected (400) from {} on {}: {}",
        request.getRemoteAddr(),
        request.getRequestURI(),
        e.getMessage());
    return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(e.getMessage());
  }
}
