package org.wechatdesk.conversation.bpmn;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.wechatdesk.conversation.Conversation;
import org.wechatdesk.conversation.hours.WorkingHours;
import org.wechatdesk.conversation.hours.WorkingHoursRepository;

/**
 * Task_CheckWorkingHours: whether the agents answer now ({@code outOfHours}) and, when not, when
 * they answer again ({@code openingAt}, the date of {@code Timer_OutOfHoursEnds}).
 */
@Component("workingHoursDelegate")
class WorkingHoursDelegate implements JavaDelegate {

  /** A schedule closed for the whole coming year (holidays) still lets the wait end. */
  static final Duration LONGEST_WAIT = Duration.ofDays(7);

  private final ConversationStep step;
  private final WorkingHoursRepository hours;

  WorkingHoursDelegate(ConversationStep step, WorkingHoursRepository hours) {
    this.step = step;
    this.hours = hours;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    WorkingHours schedule = hours.forAccount(conversation.accountId());
    // The engine's clock, not the desk's: the timer that ends the wait falls due by it.
    Instant now = ClockUtil.getCurrentTime().toInstant();
    boolean outOfHours = !schedule.openAt(now);
    execution.setVariable("outOfHours", outOfHours);
    if (outOfHours) {
      Instant opening = schedule.nextOpening(now).orElse(now.plus(LONGEST_WAIT));
      execution.setVariable("openingAt", Date.from(opening));
    }
  }
}
