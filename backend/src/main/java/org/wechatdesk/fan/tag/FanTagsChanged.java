package org.wechatdesk.fan.tag;

/**
 * A fan's tags changed in the desk (or their sync to WeChat is tried again); WeChat is to follow
 * after the commit, and the screens that show the fan's tags read them again.
 */
public record FanTagsChanged(long fanId) {}
