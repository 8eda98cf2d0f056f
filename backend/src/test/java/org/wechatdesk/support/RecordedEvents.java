package org.wechatdesk.support;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.wechatdesk.message.FanMessageReceived;
import org.wechatdesk.message.InboundMediaSettled;
import org.wechatdesk.message.OutboundMessageSettled;

/**
 * Collects the channel's domain events so that tests can count how often something was processed.
 */
public class RecordedEvents {

  private final List<FanMessageReceived> received = new CopyOnWriteArrayList<>();
  private final List<OutboundMessageSettled> settled = new CopyOnWriteArrayList<>();
  private final List<InboundMediaSettled> mediaSettled = new CopyOnWriteArrayList<>();

  @EventListener
  void on(FanMessageReceived event) {
    received.add(event);
  }

  @EventListener
  void on(OutboundMessageSettled event) {
    settled.add(event);
  }

  @EventListener
  void on(InboundMediaSettled event) {
    mediaSettled.add(event);
  }

  public List<FanMessageReceived> received() {
    return List.copyOf(received);
  }

  public List<OutboundMessageSettled> settled() {
    return List.copyOf(settled);
  }

  public List<InboundMediaSettled> mediaSettled() {
    return List.copyOf(mediaSettled);
  }
}
