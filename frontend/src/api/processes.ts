import { request, requestText } from './client';

/** A deployed version of the conversation flow; {@code running} counts conversations still on it. */
export interface ProcessVersion {
  id: string;
  version: number;
  deployedBy: string;
  deployedAt: string;
  running: number;
}

/** One problem the engine found in an uploaded BPMN (the body of a 400 next to its error). */
export interface BpmnProblem {
  line: number;
  column: number;
  message: string;
}

const BASE = '/api/admin/processes';

export function listProcessVersions(): Promise<ProcessVersion[]> {
  return request<ProcessVersion[]>('GET', BASE);
}

export function processXml(definitionId: string): Promise<string> {
  return requestText(`${BASE}/${encodeURIComponent(definitionId)}/xml`, 'application/xml');
}

export function deployProcess(bpmn: string): Promise<ProcessVersion> {
  // The charset matters: without it the server would read the XML as ISO-8859-1 and garble Chinese names.
  return request<ProcessVersion>('POST', BASE, new Blob([bpmn], { type: 'application/xml;charset=UTF-8' }));
}
