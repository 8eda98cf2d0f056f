package org.wechatdesk.bench.load;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.wechatdesk.support.FakeWeChatApi;

/**
 * Whether each fan got the texts in the outbox's order. The outbox sends a fan's messages one at a
 * time, the higher priority first (an agent's reply overtakes queued automatic texts), and within a
 * priority in the order they were queued: so for each fan and priority the texts WeChat delivered
 * must be the fan's sent texts of that priority in id order.
 */
final class FanOrder {

  private FanOrder() {}

  static String check(ServerDatabase database, List<FakeWeChatApi.Call> deliveries)
      throws SQLException {
    Map<String, List<String>> delivered = new HashMap<>();
    for (FakeWeChatApi.Call call : deliveries) {
      if ("text".equals(call.json().path("msgtype").asText())) {
        delivered
            .computeIfAbsent(call.json().path("touser").asText(), fan -> new ArrayList<>())
            .add(call.json().path("text").path("content").asText());
      }
    }
    Map<String, Map<Integer, List<String>>> queued = database.textsByFanAndPriority();
    int fans = 0;
    int outOfOrder = 0;
    String firstOutOfOrder = "";
    for (Map.Entry<String, Map<Integer, List<String>>> fan : queued.entrySet()) {
      fans++;
      List<String> got = delivered.getOrDefault(fan.getKey(), List.of());
      for (List<String> expected : fan.getValue().values()) {
        List<String> gotOfThese = got.stream().filter(expected::contains).toList();
        if (!gotOfThese.equals(expected)) {
          if (outOfOrder == 0) {
            firstOutOfOrder =
                " (first: "
                    + fan.getKey()
                    + " was sent "
                    + expected
                    + ", WeChat got "
                    + gotOfThese
                    + ")";
          }
          outOfOrder++;
          break;
        }
      }
    }
    return "fan order: "
        + outOfOrder
        + " of "
        + fans
        + " fans got texts out of the outbox's order"
        + firstOutOfOrder;
  }
}
