package org.wechatdesk.history;

import org.wechatdesk.system.ErrorCode;

/** Why a history search is refused. */
public enum HistoryError implements ErrorCode {
  /** The time range ends before (or where) it starts. */
  RANGE_REVERSED("history.rangeReversed");

  private final String code;

  HistoryError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
