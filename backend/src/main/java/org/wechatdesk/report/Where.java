package org.wechatdesk.report;

import java.util.ArrayList;
import java.util.List;
import org.wechatdesk.conversation.ConversationMilestone;
import org.wechatdesk.system.DbTime;

/** A query's condition and its parameters, built from a report's period and filter. */
record Where(String sql, List<Object> params) {

  /** Summaries of the conversations started in the period. */
  static Where started(ReportPeriod period, ReportFilter filter) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("started_at >= ? and started_at < ?");
    params.add(DbTime.of(period.from()));
    params.add(DbTime.of(period.to()));
    narrow(sql, params, filter);
    return new Where(sql.toString(), params);
  }

  /** Events of one kind that happened in the period. */
  static Where happened(ConversationMilestone.Kind kind, ReportPeriod period, ReportFilter filter) {
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder("kind = ? and happened_at >= ? and happened_at < ?");
    params.add(kind.name());
    params.add(DbTime.of(period.from()));
    params.add(DbTime.of(period.to()));
    narrow(sql, params, filter);
    return new Where(sql.toString(), params);
  }

  static void narrow(StringBuilder sql, List<Object> params, ReportFilter filter) {
    if (filter.accountId() != null) {
      sql.append(" and account_id = ?");
      params.add(filter.accountId());
    }
    if (filter.queueId() != null) {
      sql.append(" and queue_id = ?");
      params.add(filter.queueId());
    }
    if (filter.agentId() != null) {
      sql.append(" and agent_id = ?");
      params.add(filter.agentId());
    }
  }
}
