package org.wechatdesk.conversation;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.springframework.lang.Nullable;

/**
 * The engine's parser problems with a BPMN file, as codes the desk words in the admin's language.
 * The parser's English sentence goes along as {@code detail} for whoever edits the file in a
 * modeller; the same problem reported twice (the parser does, for some elements) is listed once.
 */
final class ProcessProblems {

  private ProcessProblems() {}

  static List<ProcessProblem> of(ParseException rejected) {
    return rejected.getResorceReports().stream()
        .flatMap(report -> report.getErrors().stream())
        .map(ProcessProblems::of)
        .distinct()
        .toList();
  }

  private static ProcessProblem of(Problem problem) {
    String element = problem.getMainElementId();
    String detail = problem.getMessage() == null ? "" : problem.getMessage();
    ConversationError code;
    if (element == null) {
      code = ConversationError.PROCESS_NOT_BPMN_XML;
    } else if (detail.contains("'delegateExpression'") && detail.contains("is mandatory on")) {
      code = ConversationError.PROCESS_TASK_WITHOUT_HANDLER;
    } else {
      code = ConversationError.PROCESS_ELEMENT_INVALID;
    }
    Map<String, Object> params =
        element == null
            ? Map.of("line", problem.getLine(), "column", problem.getColumn())
            : Map.of("line", problem.getLine(), "column", problem.getColumn(), "element", element);
    return new ProcessProblem(
        code.code(), params, problem.getLine(), problem.getColumn(), element, detail);
  }

  /**
   * One problem: {@code code} and {@code params} as in every API error, where it is, and the
   * parser's own words.
   */
  record ProcessProblem(
      String code,
      Map<String, Object> params,
      int line,
      int column,
      @Nullable String element,
      String detail) {}
}
