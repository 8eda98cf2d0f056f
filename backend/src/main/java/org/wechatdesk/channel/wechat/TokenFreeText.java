package org.wechatdesk.channel.wechat;

import java.util.regex.Pattern;

/**
 * An error text without WeChat's credentials. WxJava's exceptions quote the URL they called, and
 * its query carries the access token (and, for a token request, the AppSecret); such texts are
 * logged and stored.
 */
public final class TokenFreeText {

  private static final Pattern CREDENTIAL = Pattern.compile("(access_token|secret)=[^&\\s\"']*");

  private TokenFreeText() {}

  public static String of(String text) {
    return text == null ? null : CREDENTIAL.matcher(text).replaceAll("$1=***");
  }
}
