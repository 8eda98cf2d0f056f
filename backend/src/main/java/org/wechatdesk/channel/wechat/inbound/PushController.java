package org.wechatdesk.channel.wechat.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
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

  private final AccountRepository accounts;
  private final PushVerifier verifier;
  private final Inbox inbox;
  private final int maxBodyBytes;

  /**
   * No transaction (each statement commits by itself, a duplicate included), but one connection for
   * the push's statements: with the database away or just back, a push then waits for a connection
   * once (2 s at most) rather than once per statement, and still answers within WeChat's 5 s.
   */
  private final TransactionTemplate oneConnection;

  PushController(
      AccountRepository accounts,
      PushVerifier verifier,
      Inbox inbox,
      WeChatProperties properties,
      PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.verifier = verifier;
    this.inbox = inbox;
    this.maxBodyBytes = properties.push().maxBodyBytes();
    this.oneConnection = new TransactionTemplate(transactions);
    this.oneConnection.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
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
    String body = PushBody.read(request, maxBodyBytes);
    PushVerifier.SafeModeParams params =
        new PushVerifier.SafeModeParams(msgSignature, timestamp, nonce, encryptType);
    return oneConnection.execute(status -> store(appId, params, body));
  }

  private ResponseEntity<String> store(
      String appId, PushVerifier.SafeModeParams params, String body) {
    OfficialAccount account = account(appId);
    PushVerifier.VerifiedPush verified = verifier.open(account, params, body);
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

  /**
   * An account bound through the third-party platform has no Token of its own: its pushes come to
   * the platform's message URL, never here.
   */
  private OfficialAccount account(String appId) {
    return accounts
        .findByAppId(appId)
        .filter(account -> !account.authorizedThroughComponent())
        .orElseThrow(
            () ->
                new PushRejectedException(
                    HttpStatus.NOT_FOUND, "no account bound with this appid"));
  }
}
