package org.wechatdesk.channel.wechat.component;

import java.time.Instant;
import org.springframework.lang.Nullable;

/**
 * The third-party platform as the admin API shows it: which secrets are set, never their values,
 * and the two URLs to paste into the platform's settings on WeChat's open platform.
 */
public record ComponentView(
    @Nullable String appId,
    boolean appSecretSet,
    boolean tokenSet,
    boolean encodingAesKeySet,
    String eventUrl,
    String messageUrl,
    @Nullable Instant ticketReceivedAt) {}
