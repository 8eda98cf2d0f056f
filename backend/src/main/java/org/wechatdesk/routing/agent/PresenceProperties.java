package org.wechatdesk.routing.agent;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Presence settings (desk.presence.*), checked at start-up.
 *
 * @param offlineGrace how long an agent stays online after their last workbench socket closed: a
 *     reload or a network hiccup reconnects well within it, an agent who left does not
 */
@ConfigurationProperties("desk.presence")
public record PresenceProperties(@DefaultValue("PT60S") Duration offlineGrace) {

  static final Duration MIN_GRACE = Duration.ofSeconds(15);
  static final Duration MAX_GRACE = Duration.ofHours(1);

  /**
   * How often each node reports the sockets it holds and looks for absent agents: a third of the
   * smallest grace, so that a node's live socket is seen several times within any grace.
   */
  static final String HEARTBEAT = "PT5S";

  public PresenceProperties {
    if (offlineGrace.compareTo(MIN_GRACE) < 0 || offlineGrace.compareTo(MAX_GRACE) > 0) {
      throw new IllegalArgumentException(
          "desk.presence.offline-grace must be between PT15S and PT1H, was " + offlineGrace);
    }
  }
}
