package org.wechatdesk.account;

import java.time.Instant;

/**
 * A bound Official Account with its secrets decrypted. Never serialised to clients: the API answers
 * with {@link AccountView}. {@link #toString()} leaves the secrets out so that no log line carries
 * them.
 */
public record OfficialAccount(
    long id,
    String name,
    String originalId,
    String appId,
    String appSecret,
    String token,
    String encodingAesKey,
    String previousEncodingAesKey,
    String previousToken,
    AccountStatus status,
    H5Authorization h5Authorization,
    AccountState state,
    AccountBinding binding) {

  /** Only an active account starts conversations, answers and sends. */
  public boolean serving() {
    return state == AccountState.ACTIVE;
  }

  /** Bound through the third-party platform: WeChat's keys are the component's, not its own. */
  public boolean authorizedThroughComponent() {
    return binding == AccountBinding.COMPONENT;
  }

  @Override
  public String toString() {
    return "OfficialAccount[id=" + id + ", appId=" + appId + ", originalId=" + originalId + "]";
  }

  public record AccountStatus(
      Instant handshakeAt, Instant lastMessageAt, Instant tokenOkAt, String lastError) {}
}
