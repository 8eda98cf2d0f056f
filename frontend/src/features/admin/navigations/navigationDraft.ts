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
