package org.wechatdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.system.DbTime;

/**
 * Records admin changes. It joins the caller's transaction, so a change and its record are
 * committed or rolled back together; it refuses to run without one.
 */
@Service
public class AuditLog {

  private final AuditRepository entries;
  private final ObjectMapper json;
  private final Clock clock;

  AuditLog(AuditRepository entries, ObjectMapper json, Clock clock) {
    this.entries = entries;
    this.json = json;
    this.clock = clock;
  }

  /**
   * {@code before} is null for something created, {@code after} null for something removed; both
   * are written as JSON with every secret replaced by {@link SecretRedaction#REDACTED}.
   */
  @Transactional(propagation = Propagation.MANDATORY)
  public void record(
      String action, AuditTarget target, Object targetId, Object before, Object after) {
    entries.insert(
        actor(),
        DbTime.of(clock.instant()),
        action,
        target.name(),
        targetId == null ? null : targetId.toString(),
        write(before),
        write(after));
  }

  private static String actor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    return authentication == null ? "system" : authentication.getName();
  }

  private String write(Object value) {
    if (value == null) {
      return null;
    }
    JsonNode tree = json.valueToTree(value);
    try {
      return json.writeValueAsString(SecretRedaction.redact(tree));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
