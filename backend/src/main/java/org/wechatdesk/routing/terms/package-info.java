/**
 * The terms every part of routing speaks (an agent's status, a queue's strategy, routing's error
 * codes and settings): a package below the others, so that agents, queues, navigations and rules
 * depend on it and never on the routing facade above them.
 */
package org.wechatdesk.routing.terms;
