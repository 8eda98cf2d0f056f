package org.wechatdesk.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.DeskTimeZone;
import org.wechatdesk.system.InputError;
import org.wechatdesk.system.InvalidInputException;

/**
 * Reports per account, queue, agent and period, as one typed document or as CSV, for supervisors
 * and admins. Days are counted in {@code zone}, the desk's zone (China Standard Time unless
 * configured) when left out.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

  private final ReportQueries queries;
  private final ReportChoices choices;
  private final Clock clock;
  private final DeskTimeZone deskZone;

  ReportController(
      ReportQueries queries, ReportChoices choices, Clock clock, DeskTimeZone deskZone) {
    this.queries = queries;
    this.choices = choices;
    this.clock = clock;
    this.deskZone = deskZone;
  }

  /**
   * {@code period} is one of TODAY, YESTERDAY, LAST_7_DAYS, LAST_30_DAYS or CUSTOM; a custom period
   * gives its first and last day ({@code from}, {@code to}, both included).
   */
  @GetMapping
  ReportFigures report(
      @RequestParam(required = false) Long accountId,
      @RequestParam(required = false) Long queueId,
      @RequestParam(required = false) Long agentId,
      @RequestParam(defaultValue = "TODAY") String period,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String zone) {
    return queries.figures(
        period(period, from, to, zone), new ReportFilter(accountId, queueId, agentId));
  }

  /** The same report as CSV, one figure a line, for a spreadsheet. */
  @GetMapping(value = "/csv", produces = "text/csv")
  ResponseEntity<String> csv(
      @RequestParam(required = false) Long accountId,
      @RequestParam(required = false) Long queueId,
      @RequestParam(required = false) Long agentId,
      @RequestParam(defaultValue = "TODAY") String period,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(required = false) String zone) {
    ReportFigures figures = report(accountId, queueId, agentId, period, from, to, zone);
    StringWriter out = new StringWriter();
    try {
      ReportCsv.write(figures, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = "report-" + figures.firstDay() + "-" + figures.lastDay() + ".csv";
    return ResponseEntity.ok()
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .body(out.toString());
  }

  /** The accounts, queues and agents a report may be narrowed to. */
  @GetMapping("/choices")
  ReportChoices.Choices choices() {
    return choices.all();
  }

  private ReportPeriod period(String period, LocalDate from, LocalDate to, String zoneId) {
    Map<String, ApiError> errors = new LinkedHashMap<>();
    ZoneId zone = deskZone.zone();
    if (zoneId != null) {
      try {
        zone = ZoneId.of(zoneId);
      } catch (DateTimeException e) {
        errors.put("zone", ApiError.of(ReportError.ZONE_UNKNOWN));
      }
    }
    ReportPeriod.Named named = null;
    try {
      named = ReportPeriod.Named.valueOf(period);
    } catch (IllegalArgumentException e) {
      errors.put(
          "period",
          ApiError.of(
              InputError.ONE_OF, "values", "TODAY, YESTERDAY, LAST_7_DAYS, LAST_30_DAYS, CUSTOM"));
    }
    if (named == ReportPeriod.Named.CUSTOM) {
      if (from == null) {
        errors.put("from", ApiError.of(InputError.REQUIRED));
      }
      if (to == null) {
        errors.put("to", ApiError.of(InputError.REQUIRED));
      }
      if (from != null && to != null && to.isBefore(from)) {
        errors.put("to", ApiError.of(ReportError.RANGE_REVERSED));
      } else if (from != null
          && to != null
          && ChronoUnit.DAYS.between(from, to) + 1 > ReportPeriod.MAX_DAYS) {
        errors.put("to", ApiError.of(ReportError.RANGE_TOO_LONG, "max", ReportPeriod.MAX_DAYS));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return named == ReportPeriod.Named.CUSTOM
        ? new ReportPeriod(from, to, zone)
        : ReportPeriod.named(named, clock, zone);
  }
}
