package org.wechatdesk.conversation.rating;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.wechatdesk.system.DbTime;

/** The tokens in rating links: 256 random bits each, so a link cannot be guessed from another. */
@Repository
class RatingLinks {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Clock clock;

  RatingLinks(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** The conversation's token, made on first use; a retried step gets the same link again. */
  String tokenFor(long conversationId) {
    return find(conversationId)
        .orElseGet(
            () -> {
              byte[] bytes = new byte[32];
              RANDOM.nextBytes(bytes);
              String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
              jdbc.sql(
                      "insert into desk.rating_link (token, conversation_id, created_at) values (?, ?, ?)")
                  .params(token, conversationId, DbTime.of(clock.instant()))
                  .update();
              return token;
            });
  }

  Optional<Long> conversationOf(String token) {
    return jdbc.sql("select conversation_id from desk.rating_link where token = ?")
        .param(token)
        .query(Long.class)
        .optional();
  }

  private Optional<String> find(long conversationId) {
    return jdbc.sql("select token from desk.rating_link where conversation_id = ?")
        .param(conversationId)
        .query(String.class)
        .optional();
  }
}
