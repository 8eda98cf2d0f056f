package org.wechatdesk.account;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/** The formats WeChat gives each credential; messages name the field and the expected shape. */
final class CredentialFormats {

  static final Pattern ORIGINAL_ID = Pattern.compile("gh_[0-9a-f]{12}");
  static final Pattern APP_ID = Pattern.compile("wx[0-9a-f]{16}");
  static final Pattern APP_SECRET = Pattern.compile("[0-9a-f]{32}");
  static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]{3,32}");
  static final Pattern ENCODING_AES_KEY = Pattern.compile("[A-Za-z0-9+/]{43}");

  private CredentialFormats() {}

  static Map<String, String> check(AccountRequest request) {
    Map<String, String> errors = new LinkedHashMap<>();
    if (request.name() == null || request.name().isBlank() || request.name().length() > 64) {
      errors.put("name", "name: 1-64 characters / 名称须为 1-64 个字符");
    }
    checkFormat(
        errors,
        "originalId",
        request.originalId(),
        ORIGINAL_ID,
        "originalId: gh_ followed by 12 hex characters / 原始ID须为 gh_ 加 12 位十六进制字符");
    checkFormat(
        errors,
        "appId",
        request.appId(),
        APP_ID,
        "appId: wx followed by 16 hex characters / AppID须为 wx 加 16 位十六进制字符");
    checkFormat(
        errors,
        "appSecret",
        request.appSecret(),
        APP_SECRET,
        "appSecret: 32 hex characters / AppSecret须为 32 位十六进制字符");
    checkFormat(
        errors,
        "token",
        request.token(),
        TOKEN,
        "token: 3-32 letters or digits / Token须为 3-32 位字母或数字");
    checkEncodingAesKey(errors, "encodingAesKey", request.encodingAesKey());
    return errors;
  }

  static void checkEncodingAesKey(Map<String, String> errors, String field, String value) {
    checkFormat(
        errors,
        field,
        value,
        ENCODING_AES_KEY,
        field + ": 43 characters of A-Z a-z 0-9 + / / EncodingAESKey须为 43 位字母、数字、+ 或 /");
  }

  private static void checkFormat(
      Map<String, String> errors, String field, String value, Pattern pattern, String message) {
    if (value == null || !pattern.matcher(value).matches()) {
      errors.put(field, message);
    }
  }
}
