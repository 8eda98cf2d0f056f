package org.wechatdesk.fan.tag;

/** A fan's tags changed in the desk; WeChat is to follow after the commit. */
record FanTagsChanged(long fanId) {}
