package org.wechatdesk.conversation.hours;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.lang.Nullable;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;

/**
 * When an account's agents answer (工作时间): a weekly schedule of time ranges per weekday, and
 * holidays that close the day or replace its hours, in the account's zone. Switched off (the
 * default), the desk is always open. Outside the hours a fan who writes gets {@code outOfHoursText}
 * and may leave a message (留言) that agents answer later. With {@code noAgentLeavesMessage}, so does
 * a fan who writes in hours while no agent who serves the account is online ({@code noAgentText}),
 * the wait then lasting {@code noAgentWaitMinutes}; this works with the schedule switched off too.
 *
 * @param weekly ranges per weekday; a weekday left out is closed
 * @param holidays dates whose hours replace the weekday's (no ranges: closed all day)
 */
public record WorkingHours(
    boolean enabled,
    String zone,
    Map<DayOfWeek, List<TimeRange>> weekly,
    List<Holiday> holidays,
    String outOfHoursText,
    boolean noAgentLeavesMessage,
    int noAgentWaitMinutes,
    String noAgentText) {

  public static final String DEFAULT_ZONE = "Asia/Shanghai";
  static final int MAX_TEXT = 600;
  static final int MAX_RANGES_PER_DAY = 6;
  static final int MAX_HOLIDAYS = 366;
  static final int MIN_NO_AGENT_WAIT = 1;
  static final int MAX_NO_AGENT_WAIT = 1440;

  /**
   * How far ahead the next opening is looked for: a schedule closed longer than this never opens.
   */
  private static final int DAYS_AHEAD = 400;

  private static final Pattern TIME = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  public WorkingHours {
    weekly = weekly == null ? Map.of() : weekly;
    holidays = holidays == null ? List.of() : holidays;
  }

  /** A time range of one day, {@code HH:mm} to {@code HH:mm}, the end excluded. */
  public record TimeRange(String from, String to) {
    LocalTime start() {
      return LocalTime.parse(from);
    }

    LocalTime end() {
      return LocalTime.parse(to);
    }

    boolean contains(LocalTime time) {
      return !time.isBefore(start()) && time.isBefore(end());
    }
  }

  /** A date ({@code yyyy-MM-dd}) with its own hours; none means closed all day. */
  public record Holiday(String date, @Nullable String name, List<TimeRange> hours) {
    public Holiday {
      hours = hours == null ? List.of() : hours;
    }
  }

  /** Off, Monday to Friday 09:00-18:00 once switched on, no holidays. */
  public static WorkingHours defaults() {
    Map<DayOfWeek, List<TimeRange>> weekdays = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      weekdays.put(day, List.of(new TimeRange("09:00", "18:00")));
    }
    return new WorkingHours(
        false,
        DEFAULT_ZONE,
        weekdays,
        List.of(),
        "您好，现在是非工作时间，请留言，客服上班后会尽快回复您。",
        false,
        30,
        "您好，客服暂时不在线，请留言，我们会尽快回复您。");
  }

  /** Whether agents answer at {@code moment}; always when the schedule is off. */
  public boolean openAt(Instant moment) {
    if (!enabled) {
      return true;
    }
    ZonedDateTime local = moment.atZone(ZoneId.of(zone));
    return rangesOn(local.toLocalDate()).stream()
        .anyMatch(range -> range.contains(local.toLocalTime()));
  }

  /**
   * The first moment at or after {@code moment} when agents answer; empty when the schedule is off
   * or never opens in the coming year.
   */
  public Optional<Instant> nextOpening(Instant moment) {
    if (!enabled) {
      return Optional.empty();
    }
    if (openAt(moment)) {
      return Optional.of(moment);
    }
    ZoneId zoneId = ZoneId.of(zone);
    ZonedDateTime local = moment.atZone(zoneId);
    for (int day = 0; day <= DAYS_AHEAD; day++) {
      LocalDate date = local.toLocalDate().plusDays(day);
      Optional<Instant> opening =
          rangesOn(date).stream()
              .map(range -> date.atTime(range.start()).atZone(zoneId).toInstant())
              .filter(start -> start.isAfter(moment))
              .min(Comparator.naturalOrder());
      if (opening.isPresent()) {
        return opening;
      }
    }
    return Optional.empty();
  }

  private List<TimeRange> rangesOn(LocalDate date) {
    String key = date.toString();
    return holidays.stream()
        .filter(holiday -> key.equals(holiday.date()))
        .findFirst()
        .map(Holiday::hours)
        .orElseGet(() -> weekly.getOrDefault(date.getDayOfWeek(), List.of()));
  }

  /** Field name → error; empty when the schedule is valid. */
  public Map<String, ApiError> problems() {
    Map<String, ApiError> problems = new LinkedHashMap<>();
    if (zone == null || !validZone(zone)) {
      problems.put("zone", ApiError.of(HoursError.ZONE));
    }
    if (outOfHoursText == null || outOfHoursText.isBlank() || outOfHoursText.length() > MAX_TEXT) {
      problems.put("outOfHoursText", ApiError.of(InputError.LENGTH, "min", 1, "max", MAX_TEXT));
    }
    if (noAgentLeavesMessage
        && (noAgentText == null || noAgentText.isBlank() || noAgentText.length() > MAX_TEXT)) {
      problems.put("noAgentText", ApiError.of(InputError.LENGTH, "min", 1, "max", MAX_TEXT));
    }
    if (noAgentWaitMinutes < MIN_NO_AGENT_WAIT || noAgentWaitMinutes > MAX_NO_AGENT_WAIT) {
      problems.put(
          "noAgentWaitMinutes",
          ApiError.of(InputError.RANGE, "min", MIN_NO_AGENT_WAIT, "max", MAX_NO_AGENT_WAIT));
    }
    weekly.forEach(
        (day, ranges) -> {
          if (!validRanges(ranges)) {
            problems.put("weekly." + day, rangesError());
          }
        });
    if (holidays.size() > MAX_HOLIDAYS) {
      problems.put("holidays", ApiError.of(InputError.RANGE, "min", 0, "max", MAX_HOLIDAYS));
    }
    Set<String> dates = new HashSet<>();
    for (int i = 0; i < holidays.size(); i++) {
      Holiday holiday = holidays.get(i);
      if (holiday == null || !validDate(holiday.date()) || !dates.add(holiday.date())) {
        problems.put("holidays[" + i + "].date", ApiError.of(HoursError.HOLIDAY_DATE));
      } else if (holiday.name() != null && holiday.name().length() > 32) {
        problems.put("holidays[" + i + "].name", ApiError.of(InputError.TOO_LONG, "max", 32));
      } else if (!validRanges(holiday.hours())) {
        problems.put("holidays[" + i + "].hours", rangesError());
      }
    }
    if (enabled && problems.isEmpty() && neverOpen()) {
      problems.put("weekly", ApiError.of(HoursError.NEVER_OPEN));
    }
    return problems;
  }

  private boolean neverOpen() {
    return weekly.values().stream().allMatch(List::isEmpty)
        && holidays.stream().allMatch(holiday -> holiday.hours().isEmpty());
  }

  private static ApiError rangesError() {
    return ApiError.of(HoursError.TIME_RANGES, "max", MAX_RANGES_PER_DAY);
  }

  /**
   * At most a few ranges a day, each {@code HH:mm} with its start before its end, none overlapping.
   */
  private static boolean validRanges(List<TimeRange> ranges) {
    if (ranges == null || ranges.size() > MAX_RANGES_PER_DAY) {
      return false;
    }
    List<TimeRange> sorted = new ArrayList<>();
    for (TimeRange range : ranges) {
      if (range == null
          || range.from() == null
          || range.to() == null
          || !TIME.matcher(range.from()).matches()
          || !TIME.matcher(range.to()).matches()
          || !range.start().isBefore(range.end())) {
        return false;
      }
      sorted.add(range);
    }
    sorted.sort(Comparator.comparing(TimeRange::start));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
        return false;
      }
    }
    return true;
  }

  private static boolean validDate(String date) {
    if (date == null || !DATE.matcher(date).matches()) {
      return false;
    }
    try {
      LocalDate.parse(date);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean validZone(String zone) {
    try {
      ZoneId.of(zone);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }
}
