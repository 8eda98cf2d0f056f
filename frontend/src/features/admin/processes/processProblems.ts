import { ApiError } from '../../../api/client';
import type { Schema } from '../../../api/http';
import { wordError, type ErrorParams } from '../../../i18n/errors';
import type { Lang } from '../../../i18n/messages';

/** One problem of a refused BPMN (the server's ProcessProblems): a code to word, where, and the parser's words. */
export type ProcessProblem = Schema<'ProcessProblem'>;

/** The problems of a refused upload (the body of a 400 the middleware keeps); none for any other failure. */
export function problemsOf(error: unknown): ProcessProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = (error.body as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as ProcessProblem[]) : [];
}

/** A problem in the admin's language. */
export function problemText(problem: ProcessProblem, lang: Lang): string {
  return wordError(lang, problem.code, problem.params as ErrorParams);
}
