package org.wechatdesk.standin;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The errcodes the stand-in answers with, each with the errmsg WeChat's global code list gives. */
public enum WeChatError {
  SYSTEM_BUSY(-1, "system error"),
  INVALID_CREDENTIAL(40001, "invalid credential, access_token is invalid or not latest"),
  INVALID_GRANT_TYPE(40002, "invalid grant_type"),
  INVALID_OPENID(40003, "invalid openid"),
  INVALID_MEDIA_TYPE(40004, "invalid media type"),
  INVALID_FILE_TYPE(40005, "invalid file type"),
  INVALID_MEDIA_ID(40007, "invalid media_id"),
  INVALID_MESSAGE_TYPE(40008, "invalid message type"),
  INVALID_IMAGE_SIZE(40009, "invalid image size"),
  INVALID_VOICE_SIZE(40010, "invalid voice size"),
  INVALID_VIDEO_SIZE(40011, "invalid video size"),
  INVALID_THUMB_SIZE(40012, "invalid thumb size"),
  INVALID_APPID(40013, "invalid appid"),
  INVALID_BUTTON_SIZE(40016, "invalid button size"),
  INVALID_BUTTON_TYPE(40017, "invalid button type"),
  INVALID_BUTTON_NAME_SIZE(40018, "invalid button name size"),
  INVALID_BUTTON_KEY_SIZE(40019, "invalid button key size"),
  INVALID_BUTTON_URL_SIZE(40020, "invalid button url size"),
  INVALID_SUB_BUTTON_SIZE(40023, "invalid sub button size"),
  INVALID_SUB_BUTTON_TYPE(40024, "invalid sub button type"),
  INVALID_SUB_BUTTON_NAME_SIZE(40025, "invalid sub button name size"),
  INVALID_SUB_BUTTON_KEY_SIZE(40026, "invalid sub button key size"),
  INVALID_SUB_BUTTON_URL_SIZE(40027, "invalid sub button url size"),
  INVALID_CODE(40029, "invalid code"),
  INVALID_OPENID_LIST_SIZE(40032, "invalid openid list size"),
  INVALID_TEMPLATE_ID(40037, "invalid template_id"),
  INVALID_APPSECRET(40125, "invalid appsecret"),
  CODE_BEEN_USED(40163, "code been used"),
  ACCESS_TOKEN_MISSING(41001, "access_token missing"),
  APPID_MISSING(41002, "appid missing"),
  APPSECRET_MISSING(41004, "appsecret missing"),
  MEDIA_DATA_MISSING(41005, "media data missing"),
  ACCESS_TOKEN_EXPIRED(42001, "access_token expired"),
  REQUIRE_GET(43001, "require GET method"),
  REQUIRE_POST(43002, "require POST method"),
  RESPONSE_OUT_OF_TIME_LIMIT(45015, "response out of time limit or subscription is canceled"),
  RESPONSE_COUNT_LIMIT(45047, "out of response count limit"),
  TOO_MANY_TAGS(45056, "too many tags now, no more than 100"),
  FAN_HAS_TOO_MANY_TAGS(45059, "has too many tags"),
  TAG_NAME_EXISTS(45157, "invalid tag name"),
  TAG_NAME_TOO_LONG(45158, "tag name too long"),
  INVALID_TAG_ID(45159, "invalid tag id"),
  MENU_NOT_EXIST(46003, "menu no exist"),
  DATA_FORMAT_ERROR(47001, "data format error"),
  API_UNAUTHORIZED(48001, "api unauthorized"),
  COMPONENT_NOT_AUTHORIZED(
      61003, "api unauthorized, the component is not authorized by this account"),
  COMPONENT_TICKET_INVALID(61006, "component ticket is invalid"),
  AUTH_CODE_INVALID(61010, "code is expired or invalid"),
  REFRESH_TOKEN_INVALID(61023, "refresh_token is invalid"),
  KF_NOT_ENABLED(
      65400, "please enable new custom service, or wait for a while if you have enabled"),
  KF_INVALID_ACCOUNT(65401, "invalid custom service account"),
  KF_INVALID_NICKNAME(65403, "illegal nickname"),
  KF_ILLEGAL_ACCOUNT(65404, "illegal custom service account"),
  KF_LIMIT(65405, "custom service account number reach limit"),
  KF_EXISTS(65406, "custom service account exists");

  private static final Map<Integer, WeChatError> BY_CODE =
      Arrays.stream(values()).collect(Collectors.toMap(WeChatError::code, Function.identity()));

  private final int code;
  private final String message;

  WeChatError(int code, String message) {
    this.code = code;
    this.message = message;
  }

  public int code() {
    return code;
  }

  public String message() {
    return message;
  }

  /** WeChat's errmsg for the code; a code the stand-in never answers with on its own is named. */
  public static String messageOf(int errcode) {
    WeChatError known = BY_CODE.get(errcode);
    return known == null ? "errcode " + errcode : known.message;
  }
}
