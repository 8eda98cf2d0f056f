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
import org.wechatdesk.account.H5Authorization;
import org.wechatdesk.system.SecretCipher;
import org.wechatdesk.system.TransportSecurity;

/**
 * The H5 visitor's credential: a cookie holding the account, the fan, an expiry, the account's web
 * authorization when it was issued and the fan's cookie serial, sealed with AES-GCM under a key
 * derived from the secrets key for this purpose only, so it cannot be read or forged, nor made from
 * anything the desk encrypts otherwise. It holds only while the account keeps that web
 * authorization (an admin who switches to web authorization sends anonymous visitors through it)
 * and while it is the fan's newest cookie. It is apart from the desk's login session: an agent who
 * opens the H5 page in the same browser stays logged in, and any node can check it.
 */
@Component
public class VisitorCookie {

  static final String NAME = "DESK_H5";

  /** Long enough that an anonymous visitor finds the conversation again the next day. */
  static final Duration LIFETIME = Duration.ofDays(30);

  static final String KEY_PURPOSE = "desk h5 visitor cookie";
  private static final String PURPOSE = "h5-visitor";

  private final SecretCipher cipher;
  private final VisitorCookieSerials serials;
  private final TransportSecurity transport;
  private final Clock clock;

  VisitorCookie(
      SecretCipher secrets,
      VisitorCookieSerials serials,
      TransportSecurity transport,
      Clock clock) {
    this.cipher = secrets.derive(KEY_PURPOSE);
    this.serials = serials;
    this.transport = transport;
    this.clock = clock;
  }

  void issue(
      H5Visitor visitor,
      H5Authorization authorization,
      HttpServletRequest request,
      HttpServletResponse response) {
    Instant expires = clock.instant().plus(LIFETIME);
    String sealed =
        cipher.encrypt(
            String.join(
                ":",
                PURPOSE,
                Long.toString(visitor.accountId()),
                Long.toString(visitor.fanId()),
                Long.toString(expires.getEpochSecond()),
                authorization.name(),
                Long.toString(serials.next(visitor.fanId()))));
    response.addHeader(
        "Set-Cookie",
        ResponseCookie.from(NAME, sealed)
            .path("/")
            .httpOnly(true)
            .secure(transport.secure(request))
            .sameSite("Lax")
            .maxAge(LIFETIME)
            .build()
            .toString());
  }

  /**
   * The visitor the request's cookie names, if the cookie is there, intact, not expired and still
   * holds.
   */
  Optional<H5Visitor> read(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    if (cookies == null) {
      return Optional.empty();
    }
    return Arrays.stream(cookies)
        .filter(cookie -> NAME.equals(cookie.getName()))
        .findFirst()
        .flatMap(cookie -> open(cookie.getValue()));
  }

  private Optional<H5Visitor> open(String sealed) {
    String[] parts;
    try {
      parts = cipher.decrypt(sealed).split(":");
    } catch (IllegalStateException tamperedOrForeign) {
      return Optional.empty();
    }
    if (parts.length != 6
        || !parts[0].equals(PURPOSE)
        || Instant.ofEpochSecond(Long.parseLong(parts[3])).isBefore(clock.instant())) {
      return Optional.empty();
    }
    H5Visitor visitor = new H5Visitor(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
    H5Authorization authorization = H5Authorization.valueOf(parts[4]);
    long serial = Long.parseLong(parts[5]);
    return serials
        .standing(visitor.accountId(), visitor.fanId())
        .filter(standing -> standing.admits(serial, authorization))
        .map(holds -> visitor);
  }
}
