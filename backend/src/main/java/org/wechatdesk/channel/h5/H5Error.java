package org.wechatdesk.channel.h5;

import org.wechatdesk.system.ErrorCode;

/** Why a request of the H5 chat page, or about its domain verification file, is refused. */
enum H5Error implements ErrorCode {
  /** Param {@code id}. */
  IMAGE_NOT_FOUND("h5.imageNotFound"),
  /** 8-64 letters, digits or -. */
  CLIENT_ID_FORMAT("h5.clientIdFormat"),
  /** Param {@code max}: messages a minute from this visitor. */
  TOO_MANY_MESSAGES("h5.tooManyMessages"),
  /** Param {@code max}: messages a minute from the visitor's network. */
  TOO_MANY_MESSAGES_FROM_NETWORK("h5.tooManyMessagesFromNetwork"),
  /** Another account has uploaded a file of this name. */
  VERIFICATION_FILE_TAKEN("h5.verificationFileTaken"),
  /** Param {@code accountId}. */
  NO_VERIFICATION_FILE("h5.noVerificationFile"),
  /** The name WeChat gives, MP_verify_<letters and digits>.txt. */
  VERIFICATION_FILE_NAME("h5.verificationFileName"),
  /** 1-64 letters and digits, as in WeChat's file. */
  VERIFICATION_FILE_CONTENT("h5.verificationFileContent");

  private final String code;

  H5Error(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
