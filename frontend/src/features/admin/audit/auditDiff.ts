export interface Change {
  path: string;
  before: string | null;
  after: string | null;
}

/** Leaves of a JSON value by dotted path, e.g. "robotAnswers[0].answer"; null or absent values are left out. */
export function flatten(value: unknown, path = '', into = new Map<string, string>()): Map<string, string> {
  if (value === null || value === undefined) return into;
  if (Array.isArray(value)) {
    if (value.length === 0) into.set(path, '[]');
    value.forEach((item, index) => flatten(item, `${path}[${index}]`, into));
  } else if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
      flatten(item, path ? `${path}.${key}` : key, into);
    }
  } else {
    into.set(path, String(value));
  }
  return into;
}

/** What changed between the two sides of an audit entry, in the order the fields appear. */
export function diff(before: unknown, after: unknown): Change[] {
  const old = flatten(before);
  const current = flatten(after);
  const paths = [...new Set([...old.keys(), ...current.keys()])];
  return paths
    .filter((path) => old.get(path) !== current.get(path))
    .map((path) => ({ path, before: old.get(path) ?? null, after: current.get(path) ?? null }));
}
