package org.wechatdesk.conversation.hours;

import org.wechatdesk.system.ErrorCode;

/** Why an account's working hours are refused, beside the shared input rules. */
public enum HoursError implements ErrorCode {
  /** Not a time zone the desk knows (an IANA name such as Asia/Shanghai). */
  ZONE("hours.zone"),
  /**
   * Param {@code max}: at most this many ranges a day, each HH:mm to a later HH:mm, none
   * overlapping.
   */
  TIME_RANGES("hours.timeRanges"),
  /** A holiday's date is not yyyy-MM-dd, or the same date is listed twice. */
  HOLIDAY_DATE("hours.holidayDate"),
  /**
   * Switched on without a single opening: every fan would only ever be asked to leave a message.
   */
  NEVER_OPEN("hours.neverOpen");

  private final String code;

  HoursError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
