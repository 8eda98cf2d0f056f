package org.wechatdesk.user;

import org.wechatdesk.system.ErrorCode;

/** Why a request about users, their login or their avatar is refused. */
public enum UserError implements ErrorCode {
  /** Param {@code id}. */
  NOT_FOUND("user.notFound"),
  /** 3-64 letters, digits, _ . or -. */
  USERNAME_FORMAT("user.usernameFormat"),
  USERNAME_TAKEN("user.usernameTaken"),
  /** An https:// address of at most 500 characters, or an uploaded avatar. */
  AVATAR_URL("user.avatarUrl"),
  CANNOT_DISABLE_SELF("user.cannotDisableSelf"),
  /** Param {@code id}. */
  AVATAR_NOT_FOUND("user.avatarNotFound"),
  /** Wrong username or password; which of them is not said. */
  BAD_CREDENTIALS("user.badCredentials"),
  /** Param {@code seconds}: how long to wait. */
  TOO_MANY_FAILED_LOGINS("user.tooManyFailedLogins");

  private final String code;

  UserError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
