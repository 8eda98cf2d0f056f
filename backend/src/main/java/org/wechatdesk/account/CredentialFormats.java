package org.wechatdesk.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;

/** The formats WeChat gives each credential; each field has a code naming its expected shape. */
final class CredentialFormats {

  static final Pattern ORIGINAL_ID = Pattern.compile("gh_[0-9a-f]{12}");
  static final Pattern APP_ID = Pattern.compile("wx[0-9a-f]{16}");
  static final Pattern APP_SECRET = Pattern.compile("[0-9a-f]{32}");
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
  static final Pattern ENCODING_AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");

  private CredentialFormats() {}

  static Map<String, ApiError> check(AccountRequest request) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    checkName(errors, request.name());
    checkFormat(
        errors, "originalId", request.originalId(), ORIGINAL_ID, AccountError.ORIGINAL_ID_FORMAT);
    checkFormat(errors, "appId", request.appId(), APP_ID, AccountError.APP_ID_FORMAT);
    checkAppSecret(errors, request.appSecret());
    checkToken(errors, request.token());
    checkEncodingAesKey(errors, "encodingAesKey", request.encodingAesKey());
    return errors;
  }

  /** An edit checks only the secrets it changes: the others are kept as stored. */
  static Map<String, ApiError> check(AccountEdit edit) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    checkName(errors, edit.name());
    if (edit.changesAppSecret()) {
      checkAppSecret(errors, edit.appSecret());
    }
    if (edit.changesToken()) {
      checkToken(errors, edit.token());
    }
    return errors;
  }

  private static void checkName(Map<String, ApiError> errors, String name) {
    if (name == null || name.isBlank() || name.length() > 64) {
      errors.put("name", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
    }
  }

  private static void checkAppSecret(Map<String, ApiError> errors, String appSecret) {
    checkFormat(errors, "appSecret", appSecret, APP_SECRET, AccountError.APP_SECRET_FORMAT);
  }

  private static void checkToken(Map<String, ApiError> errors, String token) {
    checkFormat(errors, "token", token, TOKEN, AccountError.TOKEN_FORMAT);
  }

  static void checkEncodingAesKey(Map<String, ApiError> errors, String field, String value) {
    checkFormat(errors, field, value, ENCODING_AES_KEY, AccountError.AES_KEY_FORMAT);
  }

  private static void checkFormat(
      Map<String, ApiError> errors,
      String field,
      String value,
      Pattern pattern,
      AccountError code) {
    if (value == null || !pattern.matcher(value).matches()) {
      errors.put(field, ApiError.of(code));
    }
  }
}
