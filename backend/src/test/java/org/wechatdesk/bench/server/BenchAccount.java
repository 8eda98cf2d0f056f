package org.wechatdesk.bench.server;

import org.wechatdesk.account.AccountRequest;

/**
 * The Official Account every benchmark binds: the server binds it, the load generator signs and
 * encrypts WeChat's pushes with its Token and EncodingAESKey, and the WeChat stand-in knows its
 * secret.
 */
public final class BenchAccount {

  public static final String APP_ID = "wx00000000000000cc";
  public static final String ORIGINAL_ID = "gh_00000000cccc";
  public static final String SECRET = "0123456789abcdef0123456789abcdef";
  public static final String TOKEN = "benchToken";
  public static final String KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

  private BenchAccount() {}

  static AccountRequest request() {
    return new AccountRequest("Bench", ORIGINAL_ID, APP_ID, SECRET, TOKEN, KEY);
  }
}
