package org.wechatdesk.channel.h5;

import static org.wechatdesk.system.Ranges.requireBetween;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of the public H5 page, per node: new anonymous visitors one client address may start in 10
 * minutes (each is a fan row), messages one visitor may send in a minute, and messages all visitors
 * from one client address may send in a minute (else one address multiplies the first two). Out of
 * range stops the start.
 */
@ConfigurationProperties("desk.h5")
record H5Properties(
    @DefaultValue("30") int newVisitorsPerAddress,
    @DefaultValue("40") int messagesPerMinute,
    @DefaultValue("200") int addressMessagesPerMinute) {

  H5Properties {
    requireBetween("desk.h5.new-visitors-per-address", newVisitorsPerAddress, 1, 100_000);
    requireBetween("desk.h5.messages-per-minute", messagesPerMinute, 5, 10_000);
    requireBetween("desk.h5.address-messages-per-minute", addressMessagesPerMinute, 5, 100_000);
  }
}
