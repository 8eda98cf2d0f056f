package org.wechatdesk.account;

import org.wechatdesk.system.ErrorCode;

/** Why a request about official accounts is refused. */
public enum AccountError implements ErrorCode {
  /** Param {@code id}. */
  NOT_FOUND("account.notFound"),
  /** On {@code appId}, or on {@code originalId} when another account has it. */
  ALREADY_BOUND("account.alreadyBound"),
  /** On {@code appId}: the account is bound through the third-party platform (扫码授权). */
  BOUND_BY_AUTHORIZATION("account.boundByAuthorization"),
  /** Param {@code appId}: authorized through the platform while bound in developer mode. */
  BOUND_IN_DEVELOPER_MODE("account.boundInDeveloperMode"),
  /** A new EncodingAESKey must differ from the current one. */
  SAME_AES_KEY("account.sameAesKey"),
  /** wx followed by 16 hex characters. */
  APP_ID_FORMAT("account.appIdFormat"),
  /** 32 hex characters. */
  APP_SECRET_FORMAT("account.appSecretFormat"),
  /** 3-32 letters or digits. */
  TOKEN_FORMAT("account.tokenFormat"),
  /** 43 characters of A-Z a-z 0-9 + /. */
  AES_KEY_FORMAT("account.aesKeyFormat"),
  /** gh_ followed by 12 hex characters. */
  ORIGINAL_ID_FORMAT("account.originalIdFormat");

  private final String code;

  AccountError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
