package org.wechatdesk.channel.wechat.menu;

import java.util.List;
import me.chanjar.weixin.common.bean.menu.WxMenu;
import me.chanjar.weixin.common.bean.menu.WxMenuButton;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.bean.menu.WxMpMenu;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.wechatdesk.account.AccountService;
import org.wechatdesk.account.OfficialAccount;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.channel.wechat.token.WeChatClients;

/**
 * Reads and publishes an account's custom menu at WeChat. WeChat is the only copy: the desk keeps
 * none, so what the editor shows is what fans see (an admin may also have changed it on WeChat's
 * own site).
 */
@Service
class CustomMenus {

  private final AccountService accounts;
  private final WeChatClients clients;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  CustomMenus(
      AccountService accounts,
      WeChatClients clients,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.accounts = accounts;
    this.clients = clients;
    this.audit = audit;
    this.transaction = new TransactionTemplate(transactions);
  }

  CustomMenu load(long accountId) {
    OfficialAccount account = accounts.get(accountId);
    try {
      // WxJava answers WeChat's 46003 (the account has no menu) with null.
      WxMpMenu current = clients.forAccount(account).getMenuService().menuGet();
      if (current == null || current.getMenu() == null || current.getMenu().getButtons() == null) {
        return new CustomMenu(List.of());
      }
      return new CustomMenu(
          current.getMenu().getButtons().stream().map(CustomMenus::fromWeChat).toList());
    } catch (WxErrorException e) {
      throw WeChatMenuException.of("menu/get", e);
    } catch (WxRuntimeException e) {
      throw WeChatMenuException.unreachable(e);
    }
  }

  /**
   * Replaces the account's whole menu: WeChat's menu/create has no partial update. The audit
   * records the menu WeChat had just before and the new one, once WeChat has taken it.
   */
  CustomMenu publish(long accountId, CustomMenu menu) {
    MenuLimits.check(menu);
    OfficialAccount account = accounts.get(accountId);
    CustomMenu before = load(accountId);
    WxMenu wxMenu = new WxMenu();
    wxMenu.setButtons(menu.buttons().stream().map(CustomMenus::toWeChat).toList());
    try {
      clients.forAccount(account).getMenuService().menuCreate(wxMenu);
      transaction.executeWithoutResult(
          status ->
              audit.record(
                  "custom-menu.publish", AuditTarget.CUSTOM_MENU, accountId, before, menu));
      return menu;
    } catch (WxErrorException e) {
      throw WeChatMenuException.of("menu/create", e);
    } catch (WxRuntimeException e) {
      throw WeChatMenuException.unreachable(e);
    }
  }

  private static MenuButton fromWeChat(WxMenuButton button) {
    List<WxMenuButton> subs = button.getSubButtons() == null ? List.of() : button.getSubButtons();
    return new MenuButton(
        button.getName(),
        subs.isEmpty() ? button.getType() : null,
        button.getKey(),
        button.getUrl(),
        button.getAppId(),
        button.getPagePath(),
        subs.stream().map(CustomMenus::fromWeChat).toList());
  }

  private static WxMenuButton toWeChat(MenuButton button) {
    WxMenuButton wx = new WxMenuButton();
    wx.setName(button.name());
    if (!button.subButtons().isEmpty()) {
      wx.setSubButtons(button.subButtons().stream().map(CustomMenus::toWeChat).toList());
      return wx;
    }
    wx.setType(button.type());
    switch (button.type()) {
      case "click" -> wx.setKey(button.key());
      case "view" -> wx.setUrl(button.url());
      default -> {
        wx.setAppId(button.appId());
        wx.setPagePath(button.pagePath());
        wx.setUrl(button.url());
      }
    }
    return wx;
  }
}
