package org.wechatdesk.workbench;

import org.wechatdesk.system.ErrorCode;

/** Why a request of the agents' workbench is refused. */
enum WorkbenchError implements ErrorCode {
  /** Param {@code id}. */
  CANNED_REPLY_NOT_FOUND("cannedReply.notFound");

  private final String code;

  WorkbenchError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
