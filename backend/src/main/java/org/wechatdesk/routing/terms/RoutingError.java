package org.wechatdesk.routing.terms;

import org.wechatdesk.system.ErrorCode;

/**
 * Why a request about queues, navigations, agents' settings, customers or routing rules is refused.
 */
public enum RoutingError implements ErrorCode {
  /** Param {@code id} when the queue is named in the path. */
  QUEUE_NOT_FOUND("queue.notFound"),
  /**
   * Params {@code visitors} (how many ever queued in it), {@code navigations} and {@code accounts}
   * (the names of those whose routing leads to it, comma-separated, empty when none).
   */
  QUEUE_IN_USE("queue.inUse"),
  QUEUE_NAME_TAKEN("queue.nameTaken"),
  /** A SKILL_FIRST queue names the skill it needs. */
  QUEUE_SKILL_REQUIRED("queue.skillRequired"),
  /** Param {@code id} when the navigation is named in the path. */
  NAVIGATION_NOT_FOUND("navigation.notFound"),
  /** Param {@code accounts}: the accounts whose routing uses it, comma-separated. */
  NAVIGATION_IN_USE("navigation.inUse"),
  NAVIGATION_NAME_TAKEN("navigation.nameTaken"),
  /** Params {@code min}, {@code max}. */
  NAVIGATION_ENTRY_COUNT("navigation.entryCount"),
  /** Params {@code min}, {@code max}: each number once per menu. */
  NAVIGATION_ENTRY_NUMBER("navigation.entryNumber"),
  /** An entry leads to a queue or to a sub-menu, not both. */
  NAVIGATION_ENTRY_TARGET("navigation.entryTarget"),
  /** An account routes to exactly one queue or one navigation. */
  ROUTING_TARGET("routing.target"),
  /** Param {@code accountId}. */
  ROUTING_NOT_CONFIGURED("routing.notConfigured"),
  /** Param {@code conversationId}: the conversation never went through routing. */
  ROUTING_NEVER_QUEUED("routing.neverQueued"),
  /** Param {@code id}: the user has no agent profile. */
  AGENT_NOT_FOUND("agent.notFound"),
  /** Params {@code maxName}, {@code minLevel}, {@code maxLevel}. */
  AGENT_SKILLS("agent.skills"),
  CUSTOMER_DESIGNATED_NEEDS_OWNER("customer.designatedNeedsOwner"),
  /**
   * The rules do not compile; the running ones stay. The body lists the compiler's {@code
   * messages}.
   */
  RULES_REJECTED("rules.rejected"),
  /** Param {@code id}. */
  RULES_VERSION_NOT_FOUND("rules.versionNotFound"),
  /** Each agent of a trial needs a status and a limit of at least 1. */
  RULES_TRIAL_AGENTS("rules.trialAgents"),
  /** The named agent already serves the conversation. */
  TRANSFER_TO_SELF("transfer.toSelf"),
  /** The named agent's user is disabled. */
  TRANSFER_AGENT_DISABLED("transfer.agentDisabled"),
  /** Param {@code queueId}: the named agent does not serve the queue the visitor goes to. */
  TRANSFER_AGENT_NOT_IN_QUEUE("transfer.agentNotInQueue"),
  /** Param {@code status}: the named agent's, who must be online. */
  TRANSFER_AGENT_OFFLINE("transfer.agentOffline"),
  /** Param {@code max}: the named agent's reception limit, which they have reached. */
  TRANSFER_AGENT_AT_LIMIT("transfer.agentAtLimit");

  private final String code;

  RoutingError(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }
}
