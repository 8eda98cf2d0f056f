import type { EntryDraft, NavigationDraft } from '../../../api/navigations';
import type { MessageKey } from '../../../i18n/messages';

export const MAX_ENTRIES = 9;

/** The server's rules; keys are the server's field paths, e.g. "entries[1].entries[0].label". */
export function validateNavigation(draft: NavigationDraft): Record<string, MessageKey> {
  const errors: Record<string, MessageKey> = {};
  if (draft.name.trim() === '' || draft.name.length > 64) errors.name = 'ac.nav.nameInvalid';
  if (draft.greeting.trim() === '' || draft.greeting.length > 500) errors.greeting = 'ac.nav.greetingInvalid';
  if (
    !Number.isInteger(draft.maxInvalidAnswers) ||
    draft.maxInvalidAnswers < 1 ||
    draft.maxInvalidAnswers > 10
  ) {
    errors.maxInvalidAnswers = 'ac.nav.maxInvalidInvalid';
  }
  if (draft.defaultQueueId === null) errors.defaultQueueId = 'ac.nav.defaultQueueRequired';
  checkEntries(errors, 'entries', draft.entries);
  return errors;
}

function checkEntries(errors: Record<string, MessageKey>, path: string, entries: EntryDraft[]) {
  if (entries.length === 0 || entries.length > MAX_ENTRIES) {
    errors[path] = 'ac.nav.entriesCount';
    return;
  }
  const numbers = new Set<number>();
  entries.forEach((entry, index) => {
    const at = `${path}[${index}]`;
    if (
      !Number.isInteger(entry.number) ||
      entry.number < 1 ||
      entry.number > 9 ||
      numbers.has(entry.number)
    ) {
      errors[`${at}.number`] = 'ac.nav.numberInvalid';
    }
    numbers.add(entry.number);
    if (entry.label.trim() === '' || entry.label.length > 64) errors[`${at}.label`] = 'ac.nav.labelInvalid';
    const toMenu = entry.entries.length > 0;
    if ((entry.queueId !== null) === toMenu) errors[at] = 'ac.nav.queueOrMenu';
    else if (toMenu) checkEntries(errors, `${at}.entries`, entry.entries);
  });
}

export function emptyEntry(number: number): EntryDraft {
  return { number, label: '', clickKey: null, queueId: null, prompt: null, entries: [] };
}

/** The first free number at a menu level, for an entry added to it. */
export function nextNumber(entries: { number: number | null }[]): number {
  return Math.max(0, ...entries.map((entry) => entry.number ?? 0)) + 1;
}
