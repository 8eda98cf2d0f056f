import { useT } from '../../i18n/I18nProvider';

/** A problem in an uploaded source file; line and column are 1-based, and absent (≤ 0) when unknown. */
export interface SourceProblem {
  line: number;
  column: number;
  text: string;
  level?: string;
}

/**
 * The engine's or compiler's messages, each with where it points in the file, in the file's order; with
 * the file's text, each message also quotes the line it points at.
 */
export function SourceProblems({ problems, source }: { problems: SourceProblem[]; source?: string }) {
  const t = useT();
  if (problems.length === 0) return null;
  const lines = source?.split(/\r?\n/);
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  return (
    <ul className="problems" data-testid="source-problems">
      {sorted.map((problem, index) => (
        <li key={index}>
          {problem.line > 0 && (
            <span className="mono">
              {t('problems.at', { line: problem.line, column: Math.max(problem.column, 1) })}{' '}
            </span>
          )}
          {problem.level && problem.level !== 'ERROR' && <span className="badge">{problem.level}</span>}{' '}
          {problem.text}
          {lines && problem.line > 0 && problem.line <= lines.length && (
            <pre className="problem-line" data-testid="problem-line">
              {problem.line}: {lines[problem.line - 1]}
            </pre>
          )}
        </li>
      ))}
    </ul>
  );
}
