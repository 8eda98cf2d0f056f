package org.wechatdesk.fan.tag;

import org.springframework.lang.Nullable;

/** A tag of the account's catalogue; {@code wechatTagId} is empty until WeChat has the tag. */
public record FanTag(long id, long accountId, String name, @Nullable Long wechatTagId) {}
