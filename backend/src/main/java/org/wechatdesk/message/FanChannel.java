package org.wechatdesk.message;

/**
 * Where a fan talks to the desk; each value has one {@link ChannelAdapter}. WECHAT messages arrive
 * by WeChat's push and answers go through the customer-service API, inside WeChat's 48-hour window
 * and quota; H5 messages come from the desk's own chat page, which shows the answers itself. The
 * name is what the database stores and the workbench shows.
 */
public enum FanChannel {
  WECHAT,
  H5
}
