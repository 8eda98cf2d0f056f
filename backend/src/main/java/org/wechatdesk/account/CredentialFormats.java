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
    if (request.name() == null || request.name().isBlank() || request.name().length() > 64) {
      errors.put("name", ApiError.of(InputError.LENGTH, "min", 1, "max", 64));
    }
    checkFormat(
        errors, "originalId", request.originalId(), ORIGINAL_ID, AccountError.ORIGINAL_ID_FORMAT);
    checkFormat(errors, "appId", request.appId(), APP_ID, AccountError.APP_ID_FORMAT);
    checkFormat(
        errors, "appSecret", request.appSecret(), APP_SECRET, AccountError.APP_SECRET_FORMAT);
    checkFormat(errors, "token", request.token(), TOKEN, AccountError.TOKEN_FORMAT);
    checkEncodingAesKey(errors, "encodingAesKey", request.encodingAesKey());
    return errors;
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
