package org.wechatdesk.message;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.wechatdesk.system.WorkerSettings;

/**
 * The workers of the inbox and the outbox, for every channel. The properties keep the names they
 * had when WeChat was the only channel ({@code desk.wechat.inbound.*}, {@code
 * desk.wechat.outbox.*}), so installations' settings go on working.
 */
@ConfigurationProperties("desk.wechat")
public record MessageProperties(
    @DefaultValue WorkerSettings outbox, @DefaultValue WorkerSettings inbound) {}
