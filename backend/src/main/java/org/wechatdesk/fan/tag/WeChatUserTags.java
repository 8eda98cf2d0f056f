package org.wechatdesk.fan.tag;

import me.chanjar.weixin.mp.api.WxMpUserTagService;

/**
 * WeChat's user-tag API of one account, as the WeChat channel provides it (with the account's
 * shared access token). Declared here, where it is needed, so that fans do not depend on the
 * channel.
 */
public interface WeChatUserTags {

  WxMpUserTagService forAccount(long accountId);
}
