package org.wechatdesk.routing.rules;

/**
 * Settings the rules compare against: the familiar window is the visitor's account's (熟客优先), the
 * desk's default ({@code desk.routing.familiar-window}) for an account without its own.
 */
public record Policy(long familiarWindowMinutes) {}
