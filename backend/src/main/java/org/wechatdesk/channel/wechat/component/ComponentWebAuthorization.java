package org.wechatdesk.channel.wechat.component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import me.chanjar.weixin.common.bean.oauth2.WxOAuth2AccessToken;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.wechatdesk.channel.wechat.WeChatProperties;
import org.wechatdesk.system.ConflictException;

/**
 * Web authorization (网页授权) on behalf of an account bound by QR code, which has no AppSecret in the
 * desk: WeChat's page is opened with the platform's {@code component_appid}, and the code is
 * exchanged at {@code sns/oauth2/component/access_token} with the component access token. The
 * answer is WeChat's usual web access token, so the H5 page reads it as it reads the other kind.
 */
@Component
public class ComponentWebAuthorization {

  static final String WEB_TOKEN = "/sns/oauth2/component/access_token";

  private final ComponentTokens tokens;
  private final RestClient http;
  private final String openHost;

  ComponentWebAuthorization(
      ComponentTokens tokens, RestClient.Builder builder, WeChatProperties properties) {
    this.tokens = tokens;
    this.http = builder.baseUrl(properties.apiHost().replaceAll("/+$", "")).build();
    this.openHost = properties.openHost().replaceAll("/+$", "");
  }

  /** WeChat's authorization page for the account's visitor, naming the platform. */
  public String authorizeUrl(String appId, String returnUrl, String scope, String state) {
    return openHost
        + "/connect/oauth2/authorize?appid="
        + appId
        + "&redirect_uri="
        + URLEncoder.encode(returnUrl, StandardCharsets.UTF_8)
        + "&response_type=code&scope="
        + scope
        + "&state="
        + URLEncoder.encode(state, StandardCharsets.UTF_8)
        + "&component_appid="
        + tokens.settings().appId()
        + "#wechat_redirect";
  }

  /** The visitor's web access token for the code; WeChat's refusal comes as its errcode. */
  public WxOAuth2AccessToken exchange(String appId, String code) throws WxErrorException {
    String answer;
    try {
      String componentAppId = tokens.settings().appId();
      String componentToken = tokens.current();
      answer =
          http.get()
              .uri(
                  builder ->
                      builder
                          .path(WEB_TOKEN)
                          .queryParam("appid", appId)
                          .queryParam("code", code)
                          .queryParam("grant_type", "authorization_code")
                          .queryParam("component_appid", componentAppId)
                          .queryParam("component_access_token", componentToken)
                          .build())
              .retrieve()
              .body(String.class);
    } catch (RestClientException | ComponentApiException | ConflictException e) {
      throw new WxErrorException(
          WxError.builder().errorCode(-1).errorMsg(e.getClass().getSimpleName()).build());
    }
    WxError error = WxError.fromJson(answer == null ? "{}" : answer);
    if (error.getErrorCode() != 0) {
      throw new WxErrorException(error);
    }
    return WxOAuth2AccessToken.fromJson(answer);
  }
}
