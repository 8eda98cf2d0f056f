package org.wechatdesk.account;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.ConflictException;
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

  /**
   * Binds an account; an AppID that was unbound before is bound again on its old row, so that its
   * fans and conversations are the same as before.
   */
  @Transactional
  public OfficialAccount bind(AccountRequest request) {
    Map<String, ApiError> errors = new HashMap<>(CredentialFormats.check(request));
    Optional<OfficialAccount> earlier =
        errors.containsKey("appId") ? Optional.empty() : accounts.findAnyByAppId(request.appId());
    earlier
        .filter(account -> account.state() != AccountState.UNBOUND)
        .ifPresent(
            bound ->
                errors.put(
                    "appId",
                    ApiError.of(
                        bound.authorizedThroughComponent()
                            ? AccountError.BOUND_BY_AUTHORIZATION
                            : AccountError.ALREADY_BOUND)));
    if (!errors.containsKey("originalId")
        && !errors.containsKey("appId")
        && accounts.originalIdTakenByAnother(request.originalId(), request.appId())) {
      errors.put("originalId", ApiError.of(AccountError.ALREADY_BOUND));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    if (earlier.isPresent()) {
      long id = earlier.get().id();
      accounts.rebind(id, request);
      events.publishEvent(new AccountCredentialsChanged(id, request.appId(), true));
      return get(id);
    }
    long id = accounts.insert(request);
    events.publishEvent(new AccountBound(id, request.appId()));
    return get(id);
  }

  /**
   * Binds, or binds again, an account its admin authorized through the third-party platform. An
   * account already bound in developer mode is refused: WeChat would push its messages to two URLs
   * signed with two keys, and the desk could not tell which binding counts.
   */
  @Transactional
  public OfficialAccount bindAuthorized(String name, String originalId, String appId) {
    Optional<OfficialAccount> earlier = accounts.findAnyByAppId(appId);
    if (earlier.filter(a -> a.state() != AccountState.UNBOUND).isPresent()) {
      OfficialAccount bound = earlier.get();
      if (!bound.authorizedThroughComponent()) {
        throw new ConflictException(AccountError.BOUND_IN_DEVELOPER_MODE, "appId", appId);
      }
      accounts.rename(bound.id(), name);
      return get(bound.id());
    }
    if (accounts.originalIdTakenByAnother(originalId, appId)) {
      throw new ConflictException(AccountError.ALREADY_BOUND, "appId", appId);
    }
    if (earlier.isPresent()) {
      long id = earlier.get().id();
      accounts.rebindAuthorized(id, name, originalId);
      events.publishEvent(new AccountCredentialsChanged(id, appId, true));
      return get(id);
    }
    long id = accounts.insertAuthorized(name, originalId, appId);
    events.publishEvent(new AccountBound(id, appId));
    return get(id);
  }

  /**
   * Renames the account and replaces the secrets that are given. A new Token does not replace the
   * one WeChat signs with at once: see {@link AccountRepository#replaceToken}.
   */
  @Transactional
  public OfficialAccount edit(long id, AccountEdit edit) {
    OfficialAccount current = get(id);
    Map<String, ApiError> errors = CredentialFormats.check(edit);
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    accounts.rename(id, edit.name());
    boolean newSecret = edit.changesAppSecret() && !edit.appSecret().equals(current.appSecret());
    boolean newToken = edit.changesToken() && !edit.token().equals(current.token());
    if (newSecret) {
      accounts.replaceAppSecret(id, edit.appSecret());
    }
    if (newToken) {
      accounts.replaceToken(id, edit.token());
    }
    if (newSecret || newToken) {
      events.publishEvent(new AccountCredentialsChanged(id, current.appId(), newSecret));
    }
    return get(id);
  }

  /**
   * A disabled account keeps everything and goes on acknowledging pushes, but serves nobody until
   * enabled again. Its open conversations are kept for its agents to finish.
   */
  @Transactional
  public OfficialAccount setEnabled(long id, boolean enabled) {
    get(id);
    accounts.setState(id, enabled ? AccountState.ACTIVE : AccountState.DISABLED);
    return get(id);
  }

  /** Wipes the credentials and keeps the fans, conversations and ratings for history. */
  @Transactional
  public void unbind(long id) {
    OfficialAccount account = get(id);
    accounts.unbind(id);
    events.publishEvent(new AccountCredentialsChanged(id, account.appId(), true));
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
    events.publishEvent(new AccountCredentialsChanged(id, current.appId(), false));
    return get(id);
  }

  @Transactional
  public OfficialAccount removePreviousEncodingAesKey(long id) {
    OfficialAccount account = get(id);
    accounts.removePreviousEncodingAesKey(id);
    events.publishEvent(new AccountCredentialsChanged(id, account.appId(), false));
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

  /** A bound account: an unbound one is found only through its history. */
  public OfficialAccount get(long id) {
    return accounts
        .findById(id)
        .filter(account -> account.state() != AccountState.UNBOUND)
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
