package org.wechatdesk.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.lang.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/** The audit log for admins: newest first, a page at a time, optionally of one target type. */
@RestController
@RequestMapping("/api/admin/audit")
class AuditController {

  static final int MAX_PAGE_SIZE = 200;

  private final AuditRepository entries;
  private final ObjectMapper json;

  AuditController(AuditRepository entries, ObjectMapper json) {
    this.entries = entries;
    this.json = json;
  }

  @GetMapping
  AuditPage page(
      @RequestParam(required = false) String targetType,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    if (page < 0) {
      errors.put("page", ApiError.of(InputError.AT_LEAST, "min", 0));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      errors.put("size", ApiError.of(InputError.RANGE, "min", 1, "max", MAX_PAGE_SIZE));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    String type = targetType == null || targetType.isBlank() ? null : target(targetType).name();
    List<AuditEntry> found =
        entries.page(type, page * size, size).stream().map(this::entry).toList();
    return new AuditPage(found, page, size, entries.count(type));
  }

  private static AuditTarget target(String name) {
    try {
      return AuditTarget.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw InvalidInputException.of(
          "targetType",
          InputError.ONE_OF,
          "values",
          Arrays.stream(AuditTarget.values()).map(Enum::name).collect(Collectors.joining(", ")));
    }
  }

  private AuditEntry entry(AuditRepository.StoredEntry stored) {
    return new AuditEntry(
        stored.id(),
        stored.actor(),
        stored.at(),
        stored.action(),
        stored.targetType(),
        stored.targetId(),
        read(stored.before()),
        read(stored.after()));
  }

  private JsonNode read(String value) {
    if (value == null) {
      return null;
    }
    try {
      return json.readTree(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored audit entry is unreadable", e);
    }
  }

  record AuditEntry(
      long id,
      String actor,
      Instant at,
      String action,
      @Schema(implementation = AuditTarget.class) String targetType,
      @Nullable String targetId,
      @Nullable JsonNode before,
      @Nullable JsonNode after) {}

  record AuditPage(List<AuditEntry> entries, int page, int size, long total) {}
}
