package org.wechatdesk.routing.rules;

/** One entry of the menu being answered: it leads to a queue, or to its own sub-menu. */
public record MenuEntry(
    long entryId, int number, String label, String clickKey, Long queueId, boolean subMenu) {}
