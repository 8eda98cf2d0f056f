import type { MessageKey } from '../../i18n/messages';
import type { SolvedQuestion } from '../../api/ratingPage';

/** The fan's choices on the page; null until picked. */
export interface RatingChoice {
  rating: number | null;
  solved: boolean | null;
}

/** What stops the choice from being submitted, checked before asking the server (which checks again). */
export function ratingProblem(choice: RatingChoice, solvedQuestion: SolvedQuestion): MessageKey | null {
  if (choice.rating === null) return 'rating.pickScore';
  if (solvedQuestion === 'REQUIRED' && choice.solved === null) return 'rating.answerSolved';
  return null;
}

/** The server numbers the scale from 1, in the order of the configured labels. */
export function labelOf(labels: string[], rating: number | null): string | null {
  if (rating === null || rating < 1 || rating > labels.length) return null;
  return labels[rating - 1];
}
