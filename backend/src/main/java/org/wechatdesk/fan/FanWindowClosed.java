package org.wechatdesk.fan;

/**
 * WeChat answered that the fan's customer-service window is closed (45015), earlier than the desk
 * reckoned.
 */
public record FanWindowClosed(long accountId, long fanId) {}
