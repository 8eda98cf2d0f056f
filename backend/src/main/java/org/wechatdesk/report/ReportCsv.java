package org.wechatdesk.report;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A report as CSV: a {@code section,name,value} line per figure, so that every figure of the JSON
 * document has one line whatever the period's length. Names are the JSON document's field names.
 */
final class ReportCsv {

  private ReportCsv() {}

  static void write(ReportFigures f, Appendable out) throws IOException {
    try (CSVPrinter csv =
        CSVFormat.DEFAULT.builder().setHeader("section", "name", "value").get().print(out)) {
      csv.printRecord("period", "firstDay", f.firstDay());
      csv.printRecord("period", "lastDay", f.lastDay());
      csv.printRecord("period", "zone", f.zone());
      csv.printRecord("period", "percentilesApproximate", f.percentilesApproximate());
      csv.printRecord("conversations", "started", f.started());
      csv.printRecord("conversations", "served", f.served());
      csv.printRecord("conversations", "abandonedGaveUp", f.abandonedGaveUp());
      csv.printRecord("conversations", "abandonedTimedOut", f.abandonedTimedOut());
      csv.printRecord("conversations", "refused", f.refused());
      f.refusals().forEach((reason, refused) -> print(csv, "refusals", reason, refused));
      csv.printRecord("conversations", "transfers", f.transfers());
      csv.printRecord(
          "conversations", "messagesPerConversation", blank(f.messagesPerConversation()));
      spread(csv, "queueWait", f.queueWait());
      spread(csv, "firstResponse", f.firstResponse());
      spread(csv, "length", f.length());
      f.timeouts().forEach((kind, fired) -> print(csv, "timeouts", kind, fired));
      for (ReportFigures.RatingCount rating : f.ratings()) {
        csv.printRecord("ratings", rating.rating(), rating.conversations());
      }
      csv.printRecord("satisfaction", "rated", f.rated());
      csv.printRecord("satisfaction", "ratedShare", blank(f.ratedShare()));
      csv.printRecord("satisfaction", "solvedRate", blank(f.solvedRate()));
      for (ReportFigures.AgentWorkload agent : f.agents()) {
        String section = "agent:" + agent.username();
        csv.printRecord(section, "conversations", agent.conversations());
        csv.printRecord(section, "onlineSeconds", agent.onlineSeconds());
        csv.printRecord(section, "busyStatusSeconds", agent.busyStatusSeconds());
        csv.printRecord(section, "servingSeconds", agent.servingSeconds());
        csv.printRecord(section, "averageRating", blank(agent.averageRating()));
      }
      for (int hour = 0; hour < f.loadByHour().size(); hour++) {
        csv.printRecord("loadByHour", hour, f.loadByHour().get(hour));
      }
      for (ReportFigures.DayFigures day : f.days()) {
        String section = "day:" + day.day();
        csv.printRecord(section, "started", day.started());
        csv.printRecord(section, "served", day.served());
        csv.printRecord(section, "abandoned", day.abandoned());
      }
    }
  }

  private static void spread(CSVPrinter csv, String name, ReportFigures.Spread spread)
      throws IOException {
    csv.printRecord(name, "median", blank(spread.median()));
    csv.printRecord(name, "p90", blank(spread.p90()));
  }

  private static void print(CSVPrinter csv, String section, String name, Object value) {
    try {
      csv.printRecord(section, name, value);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Object blank(Double value) {
    return value == null ? "" : value;
  }
}
