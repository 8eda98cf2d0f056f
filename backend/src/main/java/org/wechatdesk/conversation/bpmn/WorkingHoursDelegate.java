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
import org.wechatdesk.conversation.leftmessage.LeftMessages;

/**
 * Task_CheckWorkingHours: whether the fan is asked to leave a message ({@code leaveMessage}): out
 * of hours, or in hours with no agent of the account online when the settings say so ({@code
 * noAgentOnline}); and when the wait ends ({@code openingAt}, the date of {@code
 * Timer_OutOfHoursEnds}): the next opening, or the settings' wait without agents.
 */
@Component("workingHoursDelegate")
class WorkingHoursDelegate implements JavaDelegate {

  /** A schedule closed for the whole coming year (holidays) still lets the wait end. */
  static final Duration LONGEST_WAIT = Duration.ofDays(7);

  private final ConversationStep step;
  private final WorkingHoursRepository hours;
  private final LeftMessages leftMessages;

  WorkingHoursDelegate(
      ConversationStep step, WorkingHoursRepository hours, LeftMessages leftMessages) {
    this.step = step;
    this.hours = hours;
    this.leftMessages = leftMessages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Conversation conversation = step.conversation(execution);
    WorkingHours schedule = hours.forAccount(conversation.accountId());
    // The engine's clock, not the desk's: the timer that ends the wait falls due by it.
    Instant now = ClockUtil.getCurrentTime().toInstant();
    boolean outOfHours = !schedule.openAt(now);
    boolean noAgentOnline =
        !outOfHours
            && schedule.noAgentLeavesMessage()
            && !leftMessages.anyAgentOnline(conversation.accountId());
    execution.setVariable("leaveMessage", outOfHours || noAgentOnline);
    execution.setVariable("noAgentOnline", noAgentOnline);
    if (outOfHours) {
      Instant opening = schedule.nextOpening(now).orElse(now.plus(LONGEST_WAIT));
      execution.setVariable("openingAt", Date.from(opening));
    } else if (noAgentOnline) {
      Duration wait = Duration.ofMinutes(schedule.noAgentWaitMinutes());
      execution.setVariable("openingAt", Date.from(now.plus(wait)));
    }
  }
}
