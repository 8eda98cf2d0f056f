package org.wechatdesk.routing.terms;

/** How a queue picks among the agents left after the personal rules: 轮选, 随机, 平均, 技能优先. */
public enum QueueStrategy {
  ROUND_ROBIN,
  RANDOM,
  LEAST_LOADED,
  SKILL_FIRST
}
