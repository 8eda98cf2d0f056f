package org.wechatdesk.routing.rules;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One stored version of a rule set; {@code active} when it is the one running. */
public record RuleSetVersion(
    long id,
    @Schema(allowableValues = {"assignment", "navigation"}) String ruleSet,
    Instant createdAt,
    String createdBy,
    boolean active) {}
