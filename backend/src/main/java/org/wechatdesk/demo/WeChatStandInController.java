package org.wechatdesk.demo;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.wechatdesk.standin.StandInRequest;
import org.wechatdesk.standin.StandInResponse;
import org.wechatdesk.standin.WeChatStandIn;

/**
 * WeChat's API host inside the demo app: every request under {@code /demo/wechat-api} is handed to
 * the stand-in with the path WeChat would see ({@code /cgi-bin/...}, {@code /sns/...}) and answered
 * as it answers. Messages are not delivered anywhere; the fan simulator reads them back.
 */
@RestController
@Profile("demo")
class WeChatStandInController {

  static final String API_HOST_PATH = "/demo/wechat-api";

  private final WeChatStandIn wechat;

  WeChatStandInController(WeChatStandIn wechat) {
    this.wechat = wechat;
  }

  @RequestMapping(API_HOST_PATH + "/**")
  ResponseEntity<byte[]> answer(HttpServletRequest request) throws IOException {
    String path =
        request
            .getRequestURI()
            .substring(request.getContextPath().length() + API_HOST_PATH.length());
    Map<String, String> query = StandInRequest.parseQuery(request.getQueryString());
    // Spring has already read a multipart body, so the stand-in gets the file it found.
    StandInRequest standInRequest =
        request instanceof MultipartHttpServletRequest multipart
            ? StandInRequest.upload(path, query, media(multipart))
            : new StandInRequest(
                request.getMethod(),
                path,
                query,
                request.getContentType(),
                request.getInputStream().readAllBytes(),
                null);
    return entity(wechat.answer(standInRequest));
  }

  static ResponseEntity<byte[]> entity(StandInResponse response) {
    ResponseEntity.BodyBuilder builder = ResponseEntity.status(response.status());
    if (response.contentType() != null) {
      builder.header("Content-Type", response.contentType());
    }
    response.headers().forEach(builder::header);
    return builder.body(response.body());
  }

  private static StandInRequest.Upload media(MultipartHttpServletRequest request)
      throws IOException {
    MultipartFile file = request.getFile("media");
    return file == null
        ? null
        : new StandInRequest.Upload(
            "media", file.getOriginalFilename(), file.getContentType(), file.getBytes());
  }
}
