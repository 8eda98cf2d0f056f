package org.wechatdesk.routing.rules;

import java.util.List;

/**
 * Everything the assignment rules look at for one visitor. Candidates are marked while the rules
 * run: use once.
 */
public record Situation(Visitor visitor, Queue queue, Policy policy, List<Candidate> candidates) {}
