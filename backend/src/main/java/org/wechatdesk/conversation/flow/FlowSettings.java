package org.wechatdesk.conversation.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.lang.Nullable;
import org.wechatdesk.system.ApiError;
import org.wechatdesk.system.InputError;

/**
 * The conversation flow an admin configures per account (会话流程配置): every switch, text and duration
 * of the product spec. Ranges and defaults are the spec's; {@link #problems()} names each value out
 * of range. The queue prompt may contain {@code {place}} or {@code {position}} (see {@link
 * #queuePrompt(int)}).
 */
public record FlowSettings(
    String welcomeText,
    String introText,
    boolean robotEnabled,
    List<RobotAnswer> robotAnswers,
    String robotHandoverKeyword,
    int robotMaxUnanswered,
    boolean queuePromptEnabled,
    String queuePromptText,
    boolean queueAppeaseEnabled,
    String queueAppeaseText,
    boolean giveUpEnabled,
    String giveUpKeyword,
    String giveUpText,
    boolean agentAppeaseEnabled,
    int agentAppeaseMinutes,
    String agentAppeaseText,
    boolean agentRemindEnabled,
    int agentRemindSeconds,
    String agentRemindText,
    boolean autoTransferEnabled,
    int autoTransferMinutes,
    @Nullable Long autoTransferQueueId,
    boolean visitorPromptEnabled,
    int visitorPromptMinutes,
    String visitorPromptText,
    boolean visitorCloseEnabled,
    int visitorCloseMinutes,
    String visitorCloseText,
    String endTextAgentEnded,
    boolean surveyAutomatic,
    List<String> surveyLabels,
    SolvedQuestion surveySolvedQuestion,
    int surveyExpiryMinutes,
    String surveyInviteText,
    boolean robotCoversNoAgent,
    boolean surveyTemplateEnabled,
    String surveyTemplateId,
    List<TemplateField> surveyTemplateFields) {

  /**
   * Settings saved before the template message existed read as having no template fields. The lists
   * cannot be changed: one parsed value serves every step of the account.
   */
  public FlowSettings {
    surveyTemplateFields =
        surveyTemplateFields == null
            ? List.of()
            : Collections.unmodifiableList(surveyTemplateFields);
    robotAnswers = robotAnswers == null ? null : Collections.unmodifiableList(robotAnswers);
    surveyLabels = surveyLabels == null ? null : Collections.unmodifiableList(surveyLabels);
  }

  /** The text sent instead of the queue prompt when the prompt is switched off (spec). */
  public static final String FIXED_QUEUE_TEXT = "排队中,请稍候~";

  /**
   * What a visitor at {@code position} in the queue (1 = next) reads: the prompt with {@code
   * {place}} worded as a person would say it (您是下一位 / 前面还有 N 位访客) and {@code {position}} as the
   * number ahead; with the prompt off, the spec's fixed text.
   */
  public String queuePrompt(int position) {
    if (!queuePromptEnabled) {
      return FIXED_QUEUE_TEXT;
    }
    int ahead = Math.max(0, position - 1);
    return queuePromptText
        .replace("{place}", ahead == 0 ? "您是下一位" : "前面还有 " + ahead + " 位访客")
        .replace("{position}", Integer.toString(ahead));
  }

  /** "Was your problem solved?" (问题是否解决): not asked, asked, or required before a rating counts. */
  public enum SolvedQuestion {
    OFF,
    OPTIONAL,
    REQUIRED
  }

  /**
   * The robot answers {@code answer} when the visitor's text contains one of the {@code keywords}.
   */
  public record RobotAnswer(List<String> keywords, String answer) {}

  /**
   * One data field of the WeChat template message that invites a rating. {@code value} may contain
   * {@code {account}}, {@code {agent}} and {@code {endTime}}; the message links to the fan's rating
   * page.
   */
  public record TemplateField(String name, String value) {}

  private static final Pattern TEMPLATE_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
  private static final Pattern TEMPLATE_FIELD_NAME = Pattern.compile("[A-Za-z0-9_]{1,32}");

  public static FlowSettings defaults() {
    return new FlowSettings(
        "您好，欢迎咨询！",
        "请简单描述您的问题，客服将尽快为您服务。",
        false,
        List.of(new RobotAnswer(List.of("营业时间", "几点"), "我们的服务时间是每天 9:00-21:00。")),
        "转人工",
        3,
        true,
        "您已进入排队，{place}，请稍候。",
        true,
        "客服正在忙，请您耐心等待，我们会尽快接待您。",
        true,
        "放弃排队",
        "您已放弃排队，如需帮助请随时留言。",
        true,
        1,
        "客服正在为您查询，请稍候。",
        true,
        30,
        "访客正在等待您的回复",
        false,
        1,
        null,
        true,
        1,
        "请问还有什么可以帮您？",
        true,
        5,
        "由于您长时间未回复，本次会话已结束。",
        "客服已结束本次会话，感谢您的咨询。",
        true,
        List.of("非常满意", "满意", "一般", "不满意", "非常不满意"),
        SolvedQuestion.OPTIONAL,
        1440,
        "请为本次服务评分，回复数字即可：",
        false,
        false,
        "",
        List.of(
            new TemplateField("first", "您好，感谢您联系{account}，请为本次服务评价"),
            new TemplateField("keyword1", "{agent}"),
            new TemplateField("keyword2", "{endTime}"),
            new TemplateField("remark", "点击进入评价页面")));
  }

  /** Field name → error naming the allowed range; empty when every value is valid. */
  public Map<String, ApiError> problems() {
    Map<String, ApiError> problems = new LinkedHashMap<>();
    range(problems, "agentAppeaseMinutes", agentAppeaseMinutes, 1, 30);
    range(problems, "agentRemindSeconds", agentRemindSeconds, 10, 600);
    range(problems, "autoTransferMinutes", autoTransferMinutes, 1, 9);
    range(problems, "visitorPromptMinutes", visitorPromptMinutes, 1, 20);
    range(problems, "visitorCloseMinutes", visitorCloseMinutes, 2, 120);
    range(problems, "robotMaxUnanswered", robotMaxUnanswered, 1, 10);
    range(problems, "surveyExpiryMinutes", surveyExpiryMinutes, 5, 10080);
    text(problems, "welcomeText", welcomeText, true);
    text(problems, "introText", introText, false);
    text(problems, "queuePromptText", queuePromptText, queuePromptEnabled);
    text(problems, "queueAppeaseText", queueAppeaseText, queueAppeaseEnabled);
    text(problems, "giveUpKeyword", giveUpKeyword, giveUpEnabled);
    text(problems, "giveUpText", giveUpText, giveUpEnabled);
    text(problems, "agentAppeaseText", agentAppeaseText, agentAppeaseEnabled);
    text(problems, "agentRemindText", agentRemindText, agentRemindEnabled);
    text(problems, "visitorPromptText", visitorPromptText, visitorPromptEnabled);
    text(problems, "visitorCloseText", visitorCloseText, visitorCloseEnabled);
    text(problems, "endTextAgentEnded", endTextAgentEnded, true);
    text(problems, "surveyInviteText", surveyInviteText, true);
    text(problems, "robotHandoverKeyword", robotHandoverKeyword, robotEnabled);
    if (surveyLabels == null
        || surveyLabels.size() < 2
        || surveyLabels.size() > 10
        || surveyLabels.stream()
            .anyMatch(label -> label == null || label.isBlank() || label.length() > 20)) {
      problems.put(
          "surveyLabels",
          ApiError.of(FlowError.SURVEY_LABELS, "minCount", 2, "maxCount", 10, "maxLength", 20));
    }
    if (surveySolvedQuestion == null) {
      problems.put(
          "surveySolvedQuestion",
          ApiError.of(InputError.ONE_OF, "values", "OFF, OPTIONAL, REQUIRED"));
    }
    if (robotAnswers == null
        || robotAnswers.stream()
            .anyMatch(
                a ->
                    a == null
                        || a.keywords() == null
                        || a.keywords().isEmpty()
                        || a.keywords().stream().anyMatch(k -> k == null || k.isBlank())
                        || a.answer() == null
                        || a.answer().isBlank()
                        || a.answer().length() > 600)) {
      problems.put("robotAnswers", ApiError.of(FlowError.ROBOT_ANSWERS, "max", 600));
    }
    templateProblems(problems);
    return problems;
  }

  private void templateProblems(Map<String, ApiError> problems) {
    if (surveyTemplateEnabled
        && (surveyTemplateId == null || !TEMPLATE_ID.matcher(surveyTemplateId).matches())) {
      problems.put("surveyTemplateId", ApiError.of(FlowError.SURVEY_TEMPLATE_ID));
    }
    if (surveyTemplateFields == null
        || surveyTemplateFields.size() > 20
        || surveyTemplateFields.stream()
            .anyMatch(
                field ->
                    field == null
                        || field.name() == null
                        || !TEMPLATE_FIELD_NAME.matcher(field.name()).matches()
                        || field.value() == null
                        || field.value().length() > 200)
        || (surveyTemplateEnabled && surveyTemplateFields.isEmpty())) {
      problems.put(
          "surveyTemplateFields",
          ApiError.of(
              FlowError.SURVEY_TEMPLATE_FIELDS, "maxFields", 20, "maxName", 32, "maxValue", 200));
    }
  }

  private static void range(
      Map<String, ApiError> problems, String field, int value, int min, int max) {
    if (value < min || value > max) {
      problems.put(field, ApiError.of(InputError.RANGE, "min", min, "max", max));
    }
  }

  private static void text(
      Map<String, ApiError> problems, String field, String value, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        problems.put(field, ApiError.of(InputError.LENGTH, "min", 1, "max", 600));
      }
    } else if (value.length() > 600) {
      problems.put(field, ApiError.of(InputError.TOO_LONG, "max", 600));
    }
  }
}
