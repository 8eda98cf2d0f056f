package org.wechatdesk.channel.wechat.token;

import me.chanjar.weixin.mp.api.WxMpUserTagService;
import org.springframework.stereotype.Component;
import org.wechatdesk.account.AccountRepository;
import org.wechatdesk.fan.tag.WeChatUserTags;

/** The user-tag API of an account through its shared-token client, for the fans' tag sync. */
@Component
class AccountUserTags implements WeChatUserTags {

  private final WeChatClients clients;
  private final AccountRepository accounts;

  AccountUserTags(WeChatClients clients, AccountRepository accounts) {
    this.clients = clients;
    this.accounts = accounts;
  }

  @Override
  public WxMpUserTagService forAccount(long accountId) {
    return clients.forAccount(accounts.findById(accountId).orElseThrow()).getUserTagService();
  }
}
