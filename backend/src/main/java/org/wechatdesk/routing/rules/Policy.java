package org.wechatdesk.routing.rules;

/** Installation settings the rules compare against (desk.routing.*). */
public record Policy(long familiarWindowMinutes) {}
