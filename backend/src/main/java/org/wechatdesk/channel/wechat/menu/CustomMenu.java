package org.wechatdesk.channel.wechat.menu;

import java.util.List;

/**
 * An account's custom menu (自定义菜单): up to three top-level buttons. Empty when the account has none.
 */
public record CustomMenu(List<MenuButton> buttons) {

  public List<MenuButton> buttons() {
    return buttons == null ? List.of() : buttons;
  }
}
