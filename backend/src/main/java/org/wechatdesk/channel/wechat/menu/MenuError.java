package org.wechatdesk.channel.wechat.menu;

import org.wechatdesk.system.ErrorCode;

/** Why a custom menu breaks WeChat's rules. */
enum MenuError implements ErrorCode {
  NO_BUTTONS("menu.noButtons"),
  /** Param {@code max}. */
  TOO_MANY_BUTTONS("menu.tooManyButtons"),
  PARENT_HAS_TYPE("menu.parentHasType"),
  /** Param {@code max}. */
  TOO_MANY_SUB_BUTTONS("menu.tooManySubButtons"),
  NESTED_SUB_BUTTONS("menu.nestedSubButtons");

  private final String code;

  MenuError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
