package org.wechatdesk.channel.h5;

import java.util.List;
import java.util.Locale;

/**
 * What the H5 entry pages tell a visitor when there is no chat to open. The pages are plain HTML
 * outside the app's language switch, so they follow the browser's language: Chinese for WeChat's
 * users, English for a browser that asks for it.
 */
enum FanPageText {
  NO_SUCH_ACCOUNT("没有这个公众号的客服", "No chat for this account"),
  SERVICE_PAUSED("客服暂停服务，请稍后再来", "Customer service is paused: please come back later"),
  TOO_MANY_NEW_VISITORS("访问过于频繁，请稍后再试", "Too many new visitors from your network: try again later");

  private final String chinese;
  private final String english;

  FanPageText(String chinese, String english) {
    this.chinese = chinese;
    this.english = english;
  }

  /**
   * In the language the browser asks for first ({@code Accept-Language}); Chinese when it asks for
   * none or for one the desk does not speak. Not the request's locale: without the header that is
   * the server's own.
   */
  String forBrowser(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return chinese;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      return !ranges.isEmpty() && ranges.get(0).getRange().startsWith("en") ? english : chinese;
    } catch (IllegalArgumentException malformed) {
      return chinese;
    }
  }
}
