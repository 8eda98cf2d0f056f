package org.wechatdesk.channel.wechat.kf;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.regex.Pattern;
import org.wechatdesk.system.InvalidInputException;

/**
 * Whether an Official Account's agents reply under their own customer-service accounts (客服账号), and
 * the account's WeChat ID (微信号) that every kf_account ends with ({@code prefix@wechatId}).
 */
@Schema(name = "KfSettings")
record KfSettings(
    @Schema(
            description = "The Official Account's WeChat ID (微信号), set in 微信公众平台",
            example = "deskdemo")
        String wechatId,
    boolean enabled) {

  private static final Pattern WECHAT_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{5,19}");

  /** These settings, if the WeChat ID is one WeChat allows. */
  KfSettings validated() {
    if (wechatId == null || !WECHAT_ID.matcher(wechatId).matches()) {
      throw InvalidInputException.of("wechatId", KfError.WECHAT_ID_FORMAT, "min", 6, "max", 20);
    }
    return this;
  }
}
