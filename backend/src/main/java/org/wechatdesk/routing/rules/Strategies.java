package org.wechatdesk.routing.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The arithmetic behind the queue strategies, called from assignment.drl: each returns the agents
 * it is given in the order they should be tried.
 */
public final class Strategies {

  private static final Comparator<Instant> OLDEST_FIRST =
      Comparator.nullsFirst(Comparator.naturalOrder());

  private static final Comparator<Candidate> LEAST_LOADED =
      Comparator.comparingDouble(Candidate::getLoad)
          .thenComparingInt(Candidate::getActiveCount)
          .thenComparing(Candidate::getLastAssignedAt, OLDEST_FIRST)
          .thenComparingLong(Candidate::getAgentId);

  private Strategies() {}

  /** 轮选: each member in turn, i.e. the one whose last visitor from this queue came longest ago. */
  public static List<Candidate> roundRobin(List<Candidate> candidates) {
    return sorted(
        candidates,
        Comparator.comparing(Candidate::getLastAssignedInQueueAt, OLDEST_FIRST)
            .thenComparingLong(Candidate::getAgentId));
  }

  /** 随机. */
  public static List<Candidate> random(List<Candidate> candidates) {
    List<Candidate> shuffled = new ArrayList<>(candidates);
    Collections.shuffle(shuffled, ThreadLocalRandom.current());
    return shuffled;
  }

  /** 平均: the smallest share of the reception limit in use, then the longest idle. */
  public static List<Candidate> leastLoaded(List<Candidate> candidates) {
    return sorted(candidates, LEAST_LOADED);
  }

  /** 技能优先: the highest level in the queue's skill, agents without it last; ties by load. */
  public static List<Candidate> skillFirst(List<Candidate> candidates) {
    return sorted(
        candidates,
        Comparator.comparingInt(Candidate::getSkillLevel).reversed().thenComparing(LEAST_LOADED));
  }

  private static List<Candidate> sorted(List<Candidate> candidates, Comparator<Candidate> order) {
    List<Candidate> copy = new ArrayList<>(candidates);
    copy.sort(order);
    return copy;
  }
}
