import { request } from './client';

export type SolvedQuestion = 'OFF' | 'OPTIONAL' | 'REQUIRED';

/** What the rating link's page shows; `open` is false once the invitation has expired. */
export interface RatingPageView {
  accountName: string;
  labels: string[];
  solvedQuestion: SolvedQuestion;
  open: boolean;
  rating: number | null;
  solved: boolean | null;
}

const path = (token: string) => `/api/rating-page/${encodeURIComponent(token)}`;

export function fetchRatingPage(token: string): Promise<RatingPageView> {
  return request<RatingPageView>('GET', path(token));
}

export function submitRating(token: string, rating: number, solved: boolean | null): Promise<RatingPageView> {
  return request<RatingPageView>('POST', path(token), { rating, solved });
}
