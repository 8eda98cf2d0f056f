package org.wechatdesk.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;

@Service
public class AccountService {

  private static final String TOKEN_ALPHABET =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

  private final AccountRepository accounts;
  private final ApplicationEventPublisher events;
  private final SecureRandom random = new SecureRandom();

  AccountService(AccountRepository accounts, ApplicationEventPublisher events) {
    this.accounts = accounts;
    this.events = events;
  }

  @Transactional
  public OfficialAccount bind(AccountRequest request) {
    Map<String, ApiError> errors = new HashMap<>(CredentialFormats.check(request));
    if (!errors.containsKey("appId") && accounts.findByAppId(request.appId()).isPresent()) {
      errors.put("appId", ApiError.of(AccountError.ALREADY_BOUND));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    long id = accounts.insert(request);
    events.publishEvent(new AccountBound(id, request.appId()));
    return get(id);
  }

  @Transactional
  public OfficialAccount rotateEncodingAesKey(long id, String newKey) {
    Map<String, ApiError> errors = new HashMap<>();
    CredentialFormats.checkEncodingAesKey(errors, "encodingAesKey", newKey);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    OfficialAccount current = get(id);
    if (current.encodingAesKey().equals(newKey)) {
      throw InvalidInputException.of("encodingAesKey", AccountError.SAME_AES_KEY);
    }
    accounts.rotateEncodingAesKey(id, newKey);
    events.publishEvent(new AccountCredentialsChanged(id, current.appId()));
    return get(id);
  }

  @Transactional
  public OfficialAccount removePreviousEncodingAesKey(long id) {
    OfficialAccount account = get(id);
    accounts.removePreviousEncodingAesKey(id);
    events.publishEvent(new AccountCredentialsChanged(id, account.appId()));
    return get(id);
  }

  @Transactional
  public OfficialAccount setH5Authorization(long id, H5Authorization mode) {
    if (mode == null) {
      throw InvalidInputException.of(
          "h5Authorization", InputError.ONE_OF, "values", "NONE, BASE, USERINFO");
    }
    get(id);
    accounts.setH5Authorization(id, mode);
    return get(id);
  }

  public OfficialAccount get(long id) {
    return accounts
        .findById(id)
        .orElseThrow(() -> new NotFoundException(AccountError.NOT_FOUND, "id", id));
  }

  /** A fresh Token and EncodingAESKey from a secure random source, in WeChat's formats. */
  public GeneratedSecrets generateSecrets() {
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      token.append(TOKEN_ALPHABET.charAt(random.nextInt(TOKEN_ALPHABET.length())));
    }
    byte[] key = new byte[32];
    random.nextBytes(key);
    // 32 bytes encode to 43 base64 characters plus one '=', which WeChat's format drops.
    String encodingAesKey = Base64.getEncoder().encodeToString(key).substring(0, 43);
    return new GeneratedSecrets(token.toString(), encodingAesKey);
  }

  public record GeneratedSecrets(String token, String encodingAesKey) {}
}
