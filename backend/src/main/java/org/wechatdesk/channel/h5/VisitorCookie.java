package org.wechatdesk.channel.h5;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.wechatdesk.system.SecretCipher;

/**
 * The H5 visitor's credential: a cookie holding the account, the fan and an expiry, sealed with the desk's
 * secrets key (AES-GCM), so it cannot be read or forged. It is apart from the desk's login session: an agent
 * who opens the H5 page in the same browser stays logged in, and any node can check it.
 */
@Component
public class VisitorCookie {

  static final String NAME = "DESK_H5";
  /** Long enough that an anonymous visitor finds the conversation again the next day. */
  static final Duration LIFETIME = Duration.ofDays(30);
  private static final String PURPOSE = "h5-visitor";

  private final SecretCipher cipher;
  private final Clock clock;

  VisitorCookie(SecretCipher cipher, Clock clock) {
    this.cipher = cipher;
    this.clock = clock;
  }

  void issue(H5Visitor visitor, HttpServletRequest request, HttpServletResponse response) {
    Instant expires = clock.instant().plus(LIFETIME);
    String sealed = cipher.encrypt(PURPOSE + ":" + visitor.accountId() + ":" + visitor.fanId() + ":"
        + expires.getEpochSecond());
    response.addHeader("Set-Cookie", ResponseCookie.from(NAME, sealed).path("/").httpOnly(true)
        .secure(request.isSecure()).sameSite("Lax").maxAge(LIFETIME).build().toString());
  }

  /** The visitor the request's cookie names, if the cookie is there, intact and not expired. */
  Optional<H5Visitor> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies).filter(cookie -> NAME.equals(cookie.getName())).findFirst()
        .flatMap(cookie -> open(cookie.getValue()));
  }

  private Optional<H5Visitor> open(String sealed) {
    String[] parts;
    try {
      parts = cipher.decrypt(sealed).split(":");
    } catch (IllegalStateException tamperedOrForeign) {
      return Optional.empty();
    }
    if (parts.length != 4 || !parts[0].equals(PURPOSE)
        || Instant.ofEpochSecond(Long.parseLong(parts[3])).isBefore(clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(new H5Visitor(Long.parseLong(parts[1]), Long.parseLong(parts[2])));
  }
}
