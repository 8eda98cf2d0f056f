import type { EntryDraft, Navigation, NavigationDraft } from '../../../api/navigations';

/**
 * A stored navigation as the form edits it: the server's flat entry list (by parentId) made a tree again.
 * The server leaves null fields out of its JSON, hence the `?? null`.
 */
export function draftOf(navigation: Navigation): NavigationDraft {
  const entriesUnder = (parentId: number | null): EntryDraft[] =>
    navigation.entries
      .filter((entry) => (entry.parentId ?? null) === parentId)
      .map((entry) => ({
        number: entry.number,
        label: entry.label,
        clickKey: entry.clickKey ?? null,
        queueId: entry.queueId ?? null,
        prompt: entry.prompt ?? null,
        entries: entriesUnder(entry.id),
      }));
  return {
    name: navigation.name,
    greeting: navigation.greeting,
    maxInvalidAnswers: navigation.maxInvalidAnswers,
    defaultQueueId: navigation.defaultQueueId,
    entries: entriesUnder(null),
  };
}

/** An entry as the antd form holds it: where it leads is one choice, a queue's id or "menu". */
export type EntryValues = Omit<EntryDraft, 'queueId' | 'entries' | 'number'> & {
  number: number | null;
  target?: number | 'menu';
  entries: EntryValues[];
};

export type NavigationValues = Omit<NavigationDraft, 'entries' | 'defaultQueueId'> & {
  defaultQueueId?: number;
  entries: EntryValues[];
};

export function valuesOf(draft: NavigationDraft): NavigationValues {
  const entryValues = (entry: EntryDraft): EntryValues => ({
    number: entry.number,
    label: entry.label,
    clickKey: entry.clickKey ?? null,
    prompt: entry.prompt ?? null,
    target: entry.queueId ?? (entry.entries.length > 0 ? 'menu' : undefined),
    entries: entry.entries.map(entryValues),
  });
  return {
    ...draft,
    defaultQueueId: draft.defaultQueueId ?? undefined,
    entries: draft.entries.map(entryValues),
  };
}

/** What is sent, and what navigationValidation checks; fields the form left empty are null. */
export function draftOfValues(values: NavigationValues): NavigationDraft {
  const entryDraft = (entry: EntryValues): EntryDraft => ({
    number: entry.number ?? Number.NaN,
    label: entry.label ?? '',
    clickKey: entry.clickKey || null,
    queueId: typeof entry.target === 'number' ? entry.target : null,
    prompt: entry.target === 'menu' ? entry.prompt || null : null,
    entries: entry.target === 'menu' ? (entry.entries ?? []).map(entryDraft) : [],
  });
  return {
    name: values.name ?? '',
    greeting: values.greeting ?? '',
    maxInvalidAnswers: values.maxInvalidAnswers ?? Number.NaN,
    defaultQueueId: values.defaultQueueId ?? null,
    entries: (values.entries ?? []).map(entryDraft),
  };
}
