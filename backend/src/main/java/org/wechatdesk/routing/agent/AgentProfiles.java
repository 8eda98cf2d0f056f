package org.wechatdesk.routing.agent;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.wechatdesk.audit.AuditLog;
import org.wechatdesk.audit.AuditTarget;
import org.wechatdesk.routing.queue.ServiceQueueRepository;
import org.wechatdesk.routing.terms.AgentStatus;
import org.wechatdesk.routing.terms.RoutingError;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;
import org.wechatdesk.system.NotFoundException;
import org.wechatdesk.user.DeskUser;
import org.wechatdesk.user.DeskUserRepository;
import org.wechatdesk.user.UserError;

/**
 * Agents' presence and routing settings. Every change that may give an agent room for a visitor
 * publishes {@link CapacityAppeared}, so that waiting visitors are assigned right after the commit.
 */
@Service
public class AgentProfiles {

  private final AgentProfileRepository profiles;
  private final ServiceQueueRepository queues;
  private final DeskUserRepository users;
  private final ApplicationEventPublisher events;
  private final AuditLog audit;

  AgentProfiles(
      AgentProfileRepository profiles,
      ServiceQueueRepository queues,
      DeskUserRepository users,
      ApplicationEventPublisher events,
      AuditLog audit) {
    this.profiles = profiles;
    this.queues = queues;
    this.users = users;
    this.events = events;
    this.audit = audit;
  }

  /** An agent who never set a presence is offline with the default limit. */
  public Presence presence(String username) {
    DeskUser user = user(username);
    return profiles
        .find(user.id())
        .map(p -> new Presence(p.status(), p.maxConcurrent(), p.activeCount()))
        .orElse(new Presence(AgentStatus.OFFLINE, AgentProfile.DEFAULT_CONCURRENT, 0));
  }

  /** Waiting visitors are assigned after the commit: read the presence afterwards to see them. */
  @Transactional
  public void setPresence(String username, String status, Integer maxConcurrent) {
    DeskUser user = user(username);
    Map<String, ApiError> errors = new LinkedHashMap<>();
    AgentStatus parsed = parseStatus(errors, status);
    checkLimit(errors, maxConcurrent);
    throwIfAny(errors);
    AgentStatus before = profiles.find(user.id()).map(AgentProfile::status).orElse(null);
    profiles.savePresence(user.id(), parsed, maxConcurrent);
    if (before != parsed) {
      events.publishEvent(new AgentPresenceChanged(user.id(), username, parsed));
    }
    events.publishEvent(new CapacityAppeared(user.id()));
  }

  public Settings settings(long userId) {
    AgentProfile profile =
        profiles
            .find(userId)
            .orElseThrow(() -> new NotFoundException(RoutingError.AGENT_NOT_FOUND, "id", userId));
    return new Settings(profile, profiles.queueIds(userId), profiles.skills(userId));
  }

  public List<Settings> all() {
    return profiles.allUserIds().stream().map(this::settings).toList();
  }

  /**
   * An admin's change, audited with the settings before (none for a user who was no agent yet) and
   * after. Waiting visitors are assigned after the commit: read the settings afterwards to see
   * them.
   */
  @Transactional
  public void saveSettings(
      long userId,
      String status,
      Integer maxConcurrent,
      Set<Long> queueIds,
      Map<String, Integer> skills) {
    if (!profiles.userExists(userId)) {
      throw new NotFoundException(UserError.NOT_FOUND, "id", userId);
    }
    Map<String, ApiError> errors = new LinkedHashMap<>();
    AgentStatus parsed = parseStatus(errors, status);
    checkLimit(errors, maxConcurrent);
    Set<Long> memberships = queueIds == null ? Set.of() : queueIds;
    if (memberships.stream().anyMatch(id -> id == null || queues.find(id).isEmpty())) {
      errors.put("queueIds", ApiError.of(RoutingError.QUEUE_NOT_FOUND));
    }
    Map<String, Integer> levels = skills == null ? Map.of() : skills;
    if (levels.entrySet().stream()
        .anyMatch(
            e ->
                !e.getKey().matches("\\S.{0,31}")
                    || e.getValue() == null
                    || e.getValue() < 1
                    || e.getValue() > 5)) {
      errors.put(
          "skills",
          ApiError.of(RoutingError.AGENT_SKILLS, "maxName", 32, "minLevel", 1, "maxLevel", 5));
    }
    throwIfAny(errors);
    Settings before = profiles.find(userId).isPresent() ? settings(userId) : null;
    profiles.savePresence(userId, parsed, maxConcurrent);
    profiles.replaceQueues(userId, memberships);
    profiles.replaceSkills(userId, levels);
    Settings after = settings(userId);
    audit.record("agent.profile", AuditTarget.AGENT, userId, before, after);
    // A user made an agent starts offline: a first status other than that is a change too.
    AgentStatus was = before == null ? AgentStatus.OFFLINE : before.profile().status();
    if (was != parsed) {
      events.publishEvent(new AgentPresenceChanged(userId, after.profile().username(), parsed));
    }
    events.publishEvent(new CapacityAppeared(userId));
  }

  /**
   * The agent left (logged out): no visitor is assigned to them any more. Their open conversations
   * stay theirs, for them or an admin to finish.
   */
  @Transactional
  public void goOffline(long userId) {
    if (profiles.goOffline(userId)) {
      announceOffline(userId);
    }
  }

  /**
   * Sets the agent offline if no node has seen a socket of theirs since {@code cutoff}; several
   * nodes may try at once, one succeeds.
   */
  @Transactional
  public void goOfflineIfAbsentSince(long userId, Instant cutoff) {
    if (profiles.goOfflineIfAbsentSince(userId, cutoff)) {
      announceOffline(userId);
    }
  }

  private void announceOffline(long userId) {
    String username = profiles.find(userId).orElseThrow().username();
    events.publishEvent(new AgentPresenceChanged(userId, username, AgentStatus.OFFLINE));
  }

  private DeskUser user(String username) {
    return users
        .findByUsername(username)
        .orElseThrow(() -> new NotFoundException(UserError.NOT_FOUND, "username", username));
  }

  private static AgentStatus parseStatus(Map<String, ApiError> errors, String status) {
    for (AgentStatus value : AgentStatus.values()) {
      if (value.name().equals(status)) {
        return value;
      }
    }
    errors.put("status", ApiError.of(InputError.ONE_OF, "values", "ONLINE, BUSY, OFFLINE"));
    return null;
  }

  private static void checkLimit(Map<String, ApiError> errors, Integer maxConcurrent) {
    if (maxConcurrent == null
        || maxConcurrent < AgentProfile.MIN_CONCURRENT
        || maxConcurrent > AgentProfile.MAX_CONCURRENT) {
      errors.put(
          "maxConcurrent",
          ApiError.of(
              InputError.RANGE,
              "min",
              AgentProfile.MIN_CONCURRENT,
              "max",
              AgentProfile.MAX_CONCURRENT));
    }
  }

  private static void throwIfAny(Map<String, ApiError> errors) {
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
  }

  /** What an agent sees and sets about themselves. */
  public record Presence(AgentStatus status, int maxConcurrent, int activeCount) {}

  /** What an admin sees and sets about an agent. */
  public record Settings(AgentProfile profile, List<Long> queueIds, Map<String, Integer> skills) {}
}
