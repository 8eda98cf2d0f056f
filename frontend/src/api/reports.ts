import { answer, api, type Schema } from './http';

export type ReportFigures = Schema<'ReportFigures'>;
export type Wallboard = Schema<'Wallboard'>;
export type ReportChoices = Schema<'ReportChoices'>;

export type ReportPeriod = 'TODAY' | 'YESTERDAY' | 'LAST_7_DAYS' | 'LAST_30_DAYS' | 'CUSTOM';
export const REPORT_PERIODS: readonly ReportPeriod[] = [
  'TODAY',
  'YESTERDAY',
  'LAST_7_DAYS',
  'LAST_30_DAYS',
  'CUSTOM',
];

/** Filters left out cover everything; a custom period names its first and last day (ISO dates). */
export interface ReportQuery {
  accountId?: number;
  queueId?: number;
  agentId?: number;
  period: ReportPeriod;
  from?: string;
  to?: string;
  zone?: string;
}

export function fetchReport(query: ReportQuery): Promise<ReportFigures> {
  return answer(api.GET('/api/reports', { params: { query } }));
}

/** The same report as CSV, for the browser to download. */
export function reportCsvUrl(query: ReportQuery): string {
  const params = new URLSearchParams();
  Object.entries(query).forEach(([name, value]) => {
    if (value !== undefined && value !== '') params.set(name, String(value));
  });
  return `/api/reports/csv?${params.toString()}`;
}

/** The accounts, queues and agents a report may be narrowed to, by name. */
export function fetchReportChoices(): Promise<ReportChoices> {
  return answer(api.GET('/api/reports/choices'));
}

export function fetchWallboard(): Promise<Wallboard> {
  return answer(api.GET('/api/wallboard'));
}
