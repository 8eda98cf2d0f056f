package org.wechatdesk.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import org.springframework.lang.Nullable;

/** An account as the admin API shows it: which secrets are set, never their values. */
public record AccountView(
    long id,
    String name,
    String originalId,
    String appId,
    boolean tokenSet,
    boolean appSecretSet,
    boolean encodingAesKeySet,
    boolean previousEncodingAesKeySet,
    boolean previousTokenSet,
    String pushUrl,
    Status status,
    String h5ChatUrl,
    H5Authorization h5Authorization,
    AccountState state,
    AccountBinding binding) {

  @Schema(name = "AccountStatus")
  public record Status(
      @Nullable Instant handshakeAt,
      @Nullable Instant lastMessageAt,
      @Nullable Instant tokenOkAt,
      @Nullable String lastError) {}

  static AccountView of(OfficialAccount account, String pushUrl, String h5ChatUrl) {
    OfficialAccount.AccountStatus s = account.status();
    return new AccountView(
        account.id(),
        account.name(),
        account.originalId(),
        account.appId(),
        !account.token().isEmpty(),
        !account.appSecret().isEmpty(),
        !account.encodingAesKey().isEmpty(),
        account.previousEncodingAesKey() != null,
        account.previousToken() != null,
        pushUrl,
        new Status(s.handshakeAt(), s.lastMessageAt(), s.tokenOkAt(), s.lastError()),
        h5ChatUrl,
        account.h5Authorization(),
        account.state(),
        account.binding());
  }
}
