package org.wechatdesk.report;

/** What a report is narrowed to besides its period; each part may be left out. */
record ReportFilter(Long accountId, Long queueId, Long agentId) {}
