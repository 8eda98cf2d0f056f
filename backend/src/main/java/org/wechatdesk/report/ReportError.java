package org.wechatdesk.report;

import org.wechatdesk.system.ErrorCode;

/** Why a report is refused. */
public enum ReportError implements ErrorCode {
  /** The custom range ends before it starts. */
  RANGE_REVERSED("report.rangeReversed"),
  /** Param {@code max}: days a report may span. */
  RANGE_TOO_LONG("report.rangeTooLong"),
  /** The zone is not an IANA time zone such as Asia/Shanghai. */
  ZONE_UNKNOWN("report.zoneUnknown");

  private final String code;

  ReportError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
