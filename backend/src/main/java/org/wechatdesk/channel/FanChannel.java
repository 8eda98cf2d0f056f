package org.wechatdesk.channel;

/**
 * Where a fan talks to the desk. WECHAT messages arrive by WeChat's push and answers go through the
 * customer-service API, inside WeChat's 48-hour window and quota; H5 messages come from the desk's
 * own chat page, which shows the answers itself, so neither the window nor the quota applies.
 */
public enum FanChannel {
  WECHAT,
  H5
}
