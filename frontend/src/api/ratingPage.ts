import { answer, api, type Schema } from './http';

export type RatingPageView = Schema<'RatingPageView'>;
export type SolvedQuestion = RatingPageView['solvedQuestion'];

const byToken = (token: string) => ({ params: { path: { token } } });

export function fetchRatingPage(token: string): Promise<RatingPageView> {
  return answer(api.GET('/api/rating-page/{token}', byToken(token)));
}

export function submitRating(token: string, rating: number, solved: boolean | null): Promise<RatingPageView> {
  return answer(
    api.POST('/api/rating-page/{token}', {
      ...byToken(token),
      body: { rating, solved: solved ?? undefined },
    }),
  );
}
