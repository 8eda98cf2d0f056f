package org.wechatdesk.channel.wechat.component;

import org.wechatdesk.system.ErrorCode;

/** Why a request about the third-party platform or an authorization through it is refused. */
public enum ComponentError implements ErrorCode {
  /** The platform's AppID, AppSecret, Token and EncodingAESKey are not saved yet. */
  NOT_SET_UP("component.notSetUp"),
  /** WeChat has not pushed a component_verify_ticket yet (it does every 10 minutes). */
  NO_TICKET("component.noTicket"),
  /** Param {@code errcode}: WeChat refused the open platform's call or could not be reached. */
  WECHAT_REFUSED("component.wechatRefused"),
  /** The admin refused on WeChat's page, or the authorization code expired (10 minutes). */
  AUTHORIZATION_MISSING("component.authorizationMissing"),
  /** Param {@code state}: the callback's state is unknown or used (a replayed or forged link). */
  STATE_INVALID("component.stateInvalid"),
  /**
   * Params {@code serviceType}, {@code verifyType}: only verified subscription and service accounts
   * are accepted.
   */
  NOT_VERIFIED("component.notVerified"),
  /** wx followed by 16 hex characters. */
  APP_ID_FORMAT("component.appIdFormat"),
  /** 32 hex characters. */
  APP_SECRET_FORMAT("component.appSecretFormat"),
  /** 3-32 letters or digits. */
  TOKEN_FORMAT("component.tokenFormat"),
  /** 43 characters of A-Z a-z 0-9 + /. */
  AES_KEY_FORMAT("component.aesKeyFormat");

  private final String code;

  ComponentError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
