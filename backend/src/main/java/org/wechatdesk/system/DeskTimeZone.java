package org.wechatdesk.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The zone the desk writes and shows times in: the template message's end time, and every time on
 * the screens, so that what the fan reads and what the agent sees agree whatever the browser's or
 * the server's own zone. China Standard Time unless the operator serves fans elsewhere.
 *
 * @param timeZone an IANA zone id such as {@code Asia/Shanghai}
 */
@ConfigurationProperties(prefix = "desk")
public record DeskTimeZone(@DefaultValue("Asia/Shanghai") String timeZone) {

  public DeskTimeZone {
    try {
      ZoneId.of(timeZone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(
          "desk.time-zone must be an IANA time zone such as Asia/Shanghai, was " + timeZone, e);
    }
  }

  public ZoneId zone() {
    return ZoneId.of(timeZone);
  }
}
