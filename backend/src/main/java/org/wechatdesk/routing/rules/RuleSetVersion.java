package org.wechatdesk.routing.rules;

import java.time.Instant;

/** One stored version of a rule set; {@code active} when it is the one running. */
public record RuleSetVersion(
    long id, String ruleSet, Instant createdAt, String createdBy, boolean active) {}
