package org.wechatdesk.channel.wechat.component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.wechatdesk.channel.wechat.WeChatProperties;

/**
 * The few endpoints of WeChat's open platform the desk needs, spoken with Spring's RestClient
 * against the same configurable API host as WxJava (so the stand-in answers them in tests and
 * demos). weixin-java-open is not used: it resolves only at 4.6.0 here, beside the desk's
 * weixin-java-mp 4.7.0. WeChat answers errors with status 200 and an errcode in the body.
 */
@Component
class ComponentApi {

  static final String COMPONENT_TOKEN = "/cgi-bin/component/api_component_token";
  static final String PRE_AUTH_CODE = "/cgi-bin/component/api_create_preauthcode";
  static final String QUERY_AUTH = "/cgi-bin/component/api_query_auth";
  static final String AUTHORIZER_TOKEN = "/cgi-bin/component/api_authorizer_token";
  static final String AUTHORIZER_INFO = "/cgi-bin/component/api_get_authorizer_info";
  static final String CUSTOM_SEND = "/cgi-bin/message/custom/send";

  private final RestClient http;
  private final ObjectMapper json;

  ComponentApi(RestClient.Builder builder, WeChatProperties properties, ObjectMapper json) {
    this.http = builder.baseUrl(properties.apiHost().replaceAll("/+$", "")).build();
    this.json = json;
  }

  Token componentToken(ComponentSettings settings, String ticket) {
    JsonNode answer =
        post(
            COMPONENT_TOKEN,
            null,
            Map.of(
                "component_appid", settings.appId(),
                "component_appsecret", settings.appSecret(),
                "component_verify_ticket", ticket));
    return new Token(
        answer.path("component_access_token").asText(), answer.path("expires_in").asInt());
  }

  String preAuthCode(String componentAppId, String componentToken) {
    return post(PRE_AUTH_CODE, componentToken, Map.of("component_appid", componentAppId))
        .path("pre_auth_code")
        .asText();
  }

  Authorization queryAuth(String componentAppId, String componentToken, String authCode) {
    JsonNode info =
        post(
                QUERY_AUTH,
                componentToken,
                Map.of("component_appid", componentAppId, "authorization_code", authCode))
            .path("authorization_info");
    return new Authorization(
        info.path("authorizer_appid").asText(),
        info.path("authorizer_access_token").asText(),
        info.path("expires_in").asInt(),
        info.path("authorizer_refresh_token").asText(),
        funcIds(info.path("func_info")));
  }

  AuthorizerToken authorizerToken(
      String componentAppId, String componentToken, String authorizerAppId, String refreshToken) {
    JsonNode answer =
        post(
            AUTHORIZER_TOKEN,
            componentToken,
            Map.of(
                "component_appid", componentAppId,
                "authorizer_appid", authorizerAppId,
                "authorizer_refresh_token", refreshToken));
    return new AuthorizerToken(
        answer.path("authorizer_access_token").asText(),
        answer.path("expires_in").asInt(),
        answer.path("authorizer_refresh_token").asText(refreshToken));
  }

  AuthorizerInfo authorizerInfo(
      String componentAppId, String componentToken, String authorizerAppId) {
    JsonNode answer =
        post(
            AUTHORIZER_INFO,
            componentToken,
            Map.of("component_appid", componentAppId, "authorizer_appid", authorizerAppId));
    JsonNode info = answer.path("authorizer_info");
    return new AuthorizerInfo(
        info.path("nick_name").asText(),
        info.path("head_img").asText(""),
        info.path("user_name").asText(),
        info.path("service_type_info").path("id").asInt(),
        info.path("verify_type_info").path("id").asInt(-1),
        funcIds(answer.path("authorization_info").path("func_info")));
  }

  /** A text to a fan through the customer-service API, with an authorizer access token. */
  void sendText(String authorizerToken, String openid, String text) {
    post(
        CUSTOM_SEND,
        authorizerToken,
        Map.of("touser", openid, "msgtype", "text", "text", Map.of("content", text)),
        "access_token");
  }

  private JsonNode post(String path, String componentToken, Map<String, ?> body) {
    return post(path, componentToken, body, "component_access_token");
  }

  private JsonNode post(String path, String token, Map<String, ?> body, String tokenParam) {
    String answer;
    try {
      answer =
          http.post()
              .uri(
                  builder ->
                      token == null
                          ? builder.path(path).build()
                          : builder.path(path).queryParam(tokenParam, token).build())
              .contentType(MediaType.APPLICATION_JSON)
              .body(body)
              .retrieve()
              .body(String.class);
    } catch (RestClientException e) {
      throw new ComponentApiException(
          ComponentApiException.UNREACHABLE, e.getClass().getSimpleName());
    }
    JsonNode tree;
    try {
      tree = json.readTree(answer == null ? "{}" : answer);
    } catch (IOException e) {
      throw new ComponentApiException(ComponentApiException.UNREACHABLE, "answer is not JSON");
    }
    int errcode = tree.path("errcode").asInt(0);
    if (errcode != 0) {
      throw new ComponentApiException(errcode, tree.path("errmsg").asText());
    }
    return tree;
  }

  private static List<Integer> funcIds(JsonNode funcInfo) {
    List<Integer> ids = new ArrayList<>();
    funcInfo.forEach(entry -> ids.add(entry.path("funcscope_category").path("id").asInt()));
    return ids;
  }

  record Token(String value, int expiresIn) {}

  record Authorization(
      String authorizerAppId,
      String accessToken,
      int expiresIn,
      String refreshToken,
      List<Integer> funcIds) {}

  record AuthorizerToken(String accessToken, int expiresIn, String refreshToken) {}

  record AuthorizerInfo(
      String nickName,
      String headImg,
      String originalId,
      int serviceType,
      int verifyType,
      List<Integer> funcIds) {}
}
