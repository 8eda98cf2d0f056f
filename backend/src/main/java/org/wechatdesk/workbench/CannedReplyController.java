package org.wechatdesk.workbench;

import java.time.Clock;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.DbTime;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.system.Role;

/** Canned replies (快捷回复): an agent's own, and shared ones that only admins create or remove. */
@RestController
class CannedReplyController {

  private final JdbcClient jdbc;
  private final Clock clock;

  CannedReplyController(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @GetMapping("/api/canned-replies")
  List<CannedReply> list(Authentication user) {
    return jdbc.sql(
            "select id, owner, title, text from desk.canned_reply where owner is null or owner = ? order by title")
        .param(user.getName())
        .query(
            (rs, n) ->
                new CannedReply(
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getString("text"),
                    rs.getString("owner") == null))
        .list();
  }

  @PostMapping("/api/canned-replies")
  @ResponseStatus(HttpStatus.CREATED)
  CannedReply create(@RequestBody CannedReply reply, Authentication user) {
    if (reply.title() == null || reply.title().isBlank() || reply.title().length() > 32) {
      throw InvalidInputException.of("title", InputError.LENGTH, "min", 1, "max", 32);
    }
    if (reply.text() == null || reply.text().isBlank() || reply.text().length() > 2000) {
      throw InvalidInputException.of("text", InputError.LENGTH, "min", 1, "max", 2000);
    }
    if (reply.shared() && !Role.isAdmin(user)) {
      throw new AccessDeniedException("only admins create shared replies");
    }
    KeyHolder keys = new GeneratedKeyHolder();
    jdbc.sql("insert into desk.canned_reply (owner, title, text, created_at) values (?, ?, ?, ?)")
        .params(
            reply.shared() ? null : user.getName(),
            reply.title().trim(),
            reply.text(),
            DbTime.of(clock.instant()))
        .update(keys, "id");
    return new CannedReply(
        keys.getKey().longValue(), reply.title().trim(), reply.text(), reply.shared());
  }

  @DeleteMapping("/api/canned-replies/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable long id, Authentication user) {
    String owner =
        jdbc.sql("select owner from desk.canned_reply where id = ?")
            .param(id)
            .query((rs, n) -> java.util.Optional.ofNullable(rs.getString("owner")))
            .optional()
            .orElseThrow(
                () -> new NotFoundException(WorkbenchError.CANNED_REPLY_NOT_FOUND, "id", id))
            .orElse(null);
    if (owner == null ? !Role.isAdmin(user) : !owner.equals(user.getName())) {
      throw new AccessDeniedException("not your canned reply");
    }
    jdbc.sql("delete from desk.canned_reply where id = ?").param(id).update();
  }

  record CannedReply(long id, String title, String text, boolean shared) {}
}
