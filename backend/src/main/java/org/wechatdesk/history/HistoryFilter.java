package org.wechatdesk.history;

import java.time.Instant;

/**
 * What the history is narrowed to; every part may be left out. {@code fan} matches the fan's openid
 * or nickname, {@code text} any line of the transcript, both in part and ignoring case; the time
 * range is on the conversation's start, {@code from} included and {@code to} not.
 */
record HistoryFilter(String fan, Long agentId, Instant from, Instant to, String text) {}
