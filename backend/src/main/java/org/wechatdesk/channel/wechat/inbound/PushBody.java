package org.wechatdesk.channel.wechat.inbound;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;

/** A push's body, read only up to the configured size: WeChat's pushes are small. */
final class PushBody {

  private PushBody() {}

  static String read(HttpServletRequest request, int maxBodyBytes) throws IOException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw new PushRejectedException(
          HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + maxBodyBytes + " bytes");
    }
    try (InputStream in = request.getInputStream()) {
      byte[] body = in.readNBytes(maxBodyBytes + 1);
      if (body.length > maxBodyBytes) {
        throw new PushRejectedException(
            HttpStatus.PAYLOAD_TOO_LARGE, "body larger than " + maxBodyBytes + " bytes");
      }
      return new String(body, StandardCharsets.UTF_8);
    }
  }
}
