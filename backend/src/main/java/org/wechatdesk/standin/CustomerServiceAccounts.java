package org.wechatdesk.standin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One Official Account's customer-service accounts (客服账号) as WeChat's kfaccount API keeps them:
 * {@code prefix@wechatId} with a prefix of at most 10 letters, digits or underscores, a nickname of
 * at most 16 characters, at most 100 accounts, and a JPEG picture.
 */
public final class CustomerServiceAccounts {

  static final int LIMIT = 100;
  private static final Pattern ACCOUNT = Pattern.compile("\\w{1,10}@[A-Za-z][\\w-]{5,29}");

  private final Map<String, Account> accounts = new ConcurrentHashMap<>();
  private volatile boolean enabled = true;

  void enabled(boolean enabled) {
    this.enabled = enabled;
  }

  synchronized void add(String kfAccount, String nickname) {
    checkEnabled();
    if (!ACCOUNT.matcher(kfAccount).matches()) {
      throw new Refusal(WeChatError.KF_ILLEGAL_ACCOUNT);
    }
    checkNickname(nickname);
    if (accounts.containsKey(kfAccount)) {
      throw new Refusal(WeChatError.KF_EXISTS);
    }
    if (accounts.size() >= LIMIT) {
      throw new Refusal(WeChatError.KF_LIMIT);
    }
    accounts.put(kfAccount, new Account(nickname, null));
  }

  synchronized void update(String kfAccount, String nickname) {
    checkEnabled();
    checkNickname(nickname);
    accounts.put(kfAccount, new Account(nickname, existing(kfAccount).picture()));
  }

  /** WeChat takes a JPEG only (40005 for another file). */
  synchronized void picture(String kfAccount, byte[] jpeg) {
    checkEnabled();
    Account account = existing(kfAccount);
    if (jpeg.length < 3
        || (jpeg[0] & 0xFF) != 0xFF
        || (jpeg[1] & 0xFF) != 0xD8
        || (jpeg[2] & 0xFF) != 0xFF) {
      throw new Refusal(WeChatError.INVALID_FILE_TYPE);
    }
    accounts.put(kfAccount, new Account(account.nickname(), jpeg));
  }

  /** A send may name only an account WeChat holds. */
  void checkSender(String kfAccount) {
    existing(kfAccount);
  }

  void remove(String kfAccount) {
    accounts.remove(kfAccount);
  }

  Optional<Account> find(String kfAccount) {
    return Optional.ofNullable(accounts.get(kfAccount));
  }

  List<Map.Entry<String, Account>> list() {
    return List.copyOf(accounts.entrySet());
  }

  private Account existing(String kfAccount) {
    Account account = accounts.get(kfAccount);
    if (account == null) {
      throw new Refusal(WeChatError.KF_INVALID_ACCOUNT);
    }
    return account;
  }

  private void checkEnabled() {
    if (!enabled) {
      throw new Refusal(WeChatError.KF_NOT_ENABLED);
    }
  }

  private static void checkNickname(String nickname) {
    if (nickname.isBlank() || nickname.codePointCount(0, nickname.length()) > 16) {
      throw new Refusal(WeChatError.KF_INVALID_NICKNAME);
    }
  }

  /** A customer-service account: the nickname and the picture (null until uploaded). */
  public record Account(String nickname, byte[] picture) {}
}
