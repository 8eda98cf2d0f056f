package org.wechatdesk.message;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.wechatdesk.fan.Fan;

/** The adapters of the channels the desk has, one for each {@link FanChannel}. */
@Component
public class Channels {

  private final Map<FanChannel, ChannelAdapter> adapters = new EnumMap<>(FanChannel.class);

  Channels(List<ChannelAdapter> adapters) {
    for (ChannelAdapter adapter : adapters) {
      if (this.adapters.put(adapter.channel(), adapter) != null) {
        throw new IllegalStateException("two adapters for " + adapter.channel());
      }
    }
    for (FanChannel channel : FanChannel.values()) {
      if (!this.adapters.containsKey(channel)) {
        throw new IllegalStateException("no adapter for " + channel);
      }
    }
  }

  public ChannelAdapter of(FanChannel channel) {
    return adapters.get(channel);
  }

  /** The first channel, in {@link FanChannel}'s order, that carries this kind to the fan. */
  public Optional<FanChannel> carrying(Fan fan, OutboundKind kind) {
    return adapters.values().stream()
        .filter(adapter -> adapter.refusal(fan, kind).isEmpty())
        .map(ChannelAdapter::channel)
        .findFirst();
  }
}
