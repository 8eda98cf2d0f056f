package org.wechatdesk.channel.wechat.menu;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * One button of an account's custom menu, as the admin API shows it. A top-level button either has
 * sub-buttons and no type, or is a button itself. {@code key} is for click buttons, {@code url} for
 * view buttons and as the fallback of mini-program buttons, {@code appId} and {@code pagePath} for
 * mini-program buttons. Types the editor does not offer (scancode_push, media_id, ...) are kept as
 * loaded.
 */
public record MenuButton(
    String name,
    @Nullable String type,
    @Nullable String key,
    @Nullable String url,
    @Nullable String appId,
    @Nullable String pagePath,
    List<MenuButton> subButtons) {

  public List<MenuButton> subButtons() {
    return subButtons == null ? List.of() : subButtons;
  }
}
