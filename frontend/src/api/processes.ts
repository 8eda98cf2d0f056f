import { request, requestText } from './client';
import { answer, api, type Schema } from './http';

export type ProcessVersion = Schema<'ProcessVersion'>;

const BASE = '/api/admin/processes';

export function listProcessVersions(): Promise<ProcessVersion[]> {
  return answer(api.GET('/api/admin/processes'));
}

export function processXml(definitionId: string): Promise<string> {
  return requestText(`${BASE}/${encodeURIComponent(definitionId)}/xml`, 'application/xml');
}

/** The file goes as XML, which the typed client does not send; the answer's type is still the server's. */
export function deployProcess(bpmn: string): Promise<ProcessVersion> {
  return request<ProcessVersion>('POST', BASE, new Blob([bpmn], { type: 'application/xml;charset=UTF-8' }));
}
