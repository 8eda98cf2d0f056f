import { ApiError } from '../../../api/client';
import { wordError, type ErrorParams } from '../../../i18n/errors';
import type { Lang } from '../../../i18n/messages';

/** One problem of a refused BPMN, as the server lists it (ProcessProblems): a code to word, and where. */
export interface ProcessProblem {
  code: string;
  params: ErrorParams;
  line: number;
  column: number;
  element?: string | null;
  /** The engine parser's own English sentence, for whoever edits the file in a modeller. */
  detail: string;
}

/** The problems of a refused upload; none for any other failure. */
export function problemsOf(error: unknown): ProcessProblem[] {
  if (!(error instanceof ApiError)) return [];
  const problems = (error.body as { problems?: unknown } | undefined)?.problems;
  return Array.isArray(problems) ? (problems as ProcessProblem[]) : [];
}

/** A problem in the admin's language. */
export function problemText(problem: ProcessProblem, lang: Lang): string {
  return wordError(lang, problem.code, problem.params);
}
