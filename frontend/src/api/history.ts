import { answer, api, type Schema } from './http';

export type HistoryPage = Schema<'HistoryPage'>;
export type HistoryItem = Schema<'HistoryItem'>;
export type Transcript = Schema<'Transcript'>;
export type TranscriptLine = Schema<'HistoryLine'>;

/** Every part but the page may be left out; times are ISO instants, `to` not included. */
export interface HistoryQuery {
  fan?: string;
  agentId?: number;
  from?: string;
  to?: string;
  text?: string;
  page: number;
  size: number;
  order: 'asc' | 'desc';
}

export function searchHistory(query: HistoryQuery): Promise<HistoryPage> {
  return answer(api.GET('/api/history/conversations', { params: { query } }));
}

export function fetchTranscript(id: number): Promise<Transcript> {
  return answer(api.GET('/api/history/conversations/{id}', { params: { path: { id } } }));
}
