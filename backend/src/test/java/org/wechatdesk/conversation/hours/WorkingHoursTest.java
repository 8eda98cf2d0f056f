package org.wechatdesk.conversation.hours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wechatdesk.conversation.hours.WorkingHours.Holiday;
import org.wechatdesk.conversation.hours.WorkingHours.TimeRange;

/** The schedule's arithmetic: weekdays, holidays and the account's zone. */
class WorkingHoursTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** Monday to Friday 09:00-12:00 and 13:30-18:00, Saturday 10:00-14:00, Sunday closed. */
  private static WorkingHours schedule(String zone, List<Holiday> holidays) {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : List.of(DayOfWeek.values()).subList(0, 5)) {
      weekly.put(day, List.of(new TimeRange("13:30", "18:00"), new TimeRange("09:00", "12:00")));
    }
    weekly.put(DayOfWeek.SATURDAY, List.of(new TimeRange("10:00", "14:00")));
    return new WorkingHours(true, zone, weekly, holidays, "下班了，请留言", false, 30, "不在线");
  }

  private static Instant shanghai(String localDateTime) {
    return ZonedDateTime.of(java.time.LocalDateTime.parse(localDateTime), SHANGHAI).toInstant();
  }

  @Test
  void openWithinTheDaysRangesTheEndExcluded() {
    WorkingHours hours = schedule("Asia/Shanghai", List.of());
    // 2030-01-07 is a Monday.
    assertThat(hours.openAt(shanghai("2030-01-07T08:59:59"))).isFalse();
    assertThat(hours.openAt(shanghai("2030-01-07T09:00:00"))).isTrue();
    assertThat(hours.openAt(shanghai("2030-01-07T11:59:59"))).isTrue();
    assertThat(hours.openAt(shanghai("2030-01-07T12:00:00"))).isFalse();
    assertThat(hours.openAt(shanghai("2030-01-07T13:30:00"))).isTrue();
    assertThat(hours.openAt(shanghai("2030-01-07T18:00:00"))).isFalse();
    assertThat(hours.openAt(shanghai("2030-01-12T13:59:00"))).isTrue();
    assertThat(hours.openAt(shanghai("2030-01-13T11:00:00"))).as("Sunday").isFalse();
  }

  @Test
  void theHoursAreTheAccountsZones() {
    // 02:00 UTC is 10:00 in Shanghai, open; and 02:00 in London, closed.
    Instant moment = Instant.parse("2030-01-07T02:00:00Z");
    assertThat(schedule("Asia/Shanghai", List.of()).openAt(moment)).isTrue();
    assertThat(schedule("Europe/London", List.of()).openAt(moment)).isFalse();
    assertThat(schedule("Europe/London", List.of()).nextOpening(moment))
        .contains(Instant.parse("2030-01-07T09:00:00Z"));
  }

  @Test
  void theNextOpeningSkipsTheLunchBreakTheNightAndTheClosedSunday() {
    WorkingHours hours = schedule("Asia/Shanghai", List.of());
    assertThat(hours.nextOpening(shanghai("2030-01-07T12:10:00")))
        .contains(shanghai("2030-01-07T13:30:00"));
    assertThat(hours.nextOpening(shanghai("2030-01-07T19:00:00")))
        .contains(shanghai("2030-01-08T09:00:00"));
    assertThat(hours.nextOpening(shanghai("2030-01-12T15:00:00")))
        .as("Saturday afternoon to Monday morning")
        .contains(shanghai("2030-01-14T09:00:00"));
    assertThat(hours.nextOpening(shanghai("2030-01-07T10:00:00")))
        .as("open now")
        .contains(shanghai("2030-01-07T10:00:00"));
  }

  @Test
  void aHolidayClosesTheDayOrReplacesItsHours() {
    WorkingHours hours =
        schedule(
            "Asia/Shanghai",
            List.of(
                new Holiday("2030-01-08", "公司年会", List.of()),
                new Holiday("2030-01-09", "半天", List.of(new TimeRange("14:00", "16:00"))),
                new Holiday("2030-01-13", "周日值班", List.of(new TimeRange("09:00", "10:00")))));
    assertThat(hours.openAt(shanghai("2030-01-08T10:00:00"))).isFalse();
    assertThat(hours.openAt(shanghai("2030-01-09T10:00:00"))).isFalse();
    assertThat(hours.openAt(shanghai("2030-01-09T15:00:00"))).isTrue();
    assertThat(hours.openAt(shanghai("2030-01-13T09:30:00"))).as("a Sunday on duty").isTrue();
    assertThat(hours.nextOpening(shanghai("2030-01-07T19:00:00")))
        .as("the closed holiday and the special hours' morning are skipped")
        .contains(shanghai("2030-01-09T14:00:00"));
  }

  @Test
  void switchedOffTheDeskIsAlwaysOpen() {
    WorkingHours off = WorkingHours.defaults();
    assertThat(off.enabled()).isFalse();
    assertThat(off.openAt(shanghai("2030-01-13T03:00:00"))).isTrue();
    assertThat(off.nextOpening(shanghai("2030-01-13T03:00:00"))).isEmpty();
    assertThat(off.problems()).isEmpty();
  }

  @Test
  void eachInvalidValueIsNamedWithItsCode() {
    Map<DayOfWeek, List<TimeRange>> weekly = new EnumMap<>(DayOfWeek.class);
    weekly.put(
        DayOfWeek.MONDAY,
        List.of(new TimeRange("09:00", "12:00"), new TimeRange("11:00", "13:00")));
    weekly.put(DayOfWeek.TUESDAY, List.of(new TimeRange("18:00", "09:00")));
    weekly.put(DayOfWeek.WEDNESDAY, List.of(new TimeRange("9:00", "24:00")));
    WorkingHours bad =
        new WorkingHours(
            true,
            "Mars/Olympus",
            weekly,
            List.of(
                new Holiday("2030-02-30", null, List.of()),
                new Holiday("2030-01-01", null, List.of()),
                new Holiday("2030-01-01", null, List.of())),
            "x".repeat(601),
            true,
            0,
            " ");
    assertThat(bad.problems())
        .hasEntrySatisfying("zone", e -> assertThat(e.code()).isEqualTo("hours.zone"))
        .hasEntrySatisfying("outOfHoursText", e -> assertThat(e.params()).containsEntry("max", 600))
        .hasEntrySatisfying(
            "weekly.MONDAY", e -> assertThat(e.code()).isEqualTo("hours.timeRanges"))
        .hasEntrySatisfying(
            "weekly.TUESDAY", e -> assertThat(e.code()).isEqualTo("hours.timeRanges"))
        .hasEntrySatisfying(
            "weekly.WEDNESDAY", e -> assertThat(e.code()).isEqualTo("hours.timeRanges"))
        .hasEntrySatisfying(
            "holidays[0].date", e -> assertThat(e.code()).isEqualTo("hours.holidayDate"))
        .hasEntrySatisfying(
            "holidays[2].date", e -> assertThat(e.code()).isEqualTo("hours.holidayDate"))
        .hasEntrySatisfying("noAgentText", e -> assertThat(e.code()).isEqualTo("input.length"))
        .hasEntrySatisfying(
            "noAgentWaitMinutes",
            e -> assertThat(e.params()).containsEntry("min", 1).containsEntry("max", 1440))
        .doesNotContainKey("holidays[1].date");
  }

  @Test
  void switchedOnWithoutASingleOpeningIsRefused() {
    WorkingHours never =
        new WorkingHours(true, "Asia/Shanghai", Map.of(), List.of(), "请留言", false, 30, "不在线");
    assertThat(never.problems())
        .hasEntrySatisfying("weekly", e -> assertThat(e.code()).isEqualTo("hours.neverOpen"));
    assertThat(
            new WorkingHours(false, "Asia/Shanghai", Map.of(), List.of(), "请留言", false, 30, "不在线")
                .problems())
        .isEmpty();
  }
}
