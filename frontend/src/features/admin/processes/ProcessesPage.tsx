import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Button, Space, Upload } from 'antd';
import { Suspense, lazy, useState } from 'react';
import { deployProcess, listProcessVersions, processXml, type ProcessVersion } from '../../../api/processes';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useI18n } from '../../../i18n/I18nProvider';
import '../adminTools.css';
import { useDateTime } from '../dateTime';
import { problemsOf, problemText } from './processProblems';

// bpmn-js is large: it is downloaded only when an admin opens this screen.
const BpmnDiagram = lazy(() => import('./BpmnDiagram').then((module) => ({ default: module.BpmnDiagram })));

const VERSIONS = ['admin', 'processes'];

/** The conversation flow's versions as diagrams, and the upload of a new version from Camunda Modeler. */
export function ProcessesPage() {
  const { t, lang } = useI18n();
  const dateTime = useDateTime();
  const cache = useQueryClient();
  const [picked, setPicked] = useState<string | null>(null);
  const [file, setFile] = useState<File | null>(null);
  const versions = useQuery({ queryKey: VERSIONS, queryFn: listProcessVersions });
  const selected = picked ?? versions.data?.[0]?.id ?? null;
  const xml = useQuery({
    queryKey: [...VERSIONS, selected, 'xml'],
    queryFn: () => processXml(selected!),
    enabled: selected !== null,
  });
  const deployment = useMutation({
    mutationFn: async (chosen: File) => deployProcess(await chosen.text()),
    onSuccess: async (version: ProcessVersion) => {
      setFile(null);
      setPicked(version.id);
      await cache.invalidateQueries({ queryKey: VERSIONS });
    },
  });
  const problems = problemsOf(deployment.error);

  return (
    <section>
      <div className="page-head">
        <div>
          <h1>{t('processes.title')}</h1>
          <p className="hint">{t('processes.intro')}</p>
        </div>
      </div>
      <Alert message={(versions.error ?? xml.error) ? errorText(versions.error ?? xml.error, t) : null} />

      <div className="card field">
        <label htmlFor="process-upload">{t('processes.upload')}</label>
        <Space align="start" wrap>
          {/* Choosing a file only picks it: nothing is deployed until the admin confirms. */}
          <Upload
            id="process-upload"
            accept=".bpmn,.xml"
            maxCount={1}
            fileList={file ? [{ uid: file.name, name: file.name, status: 'done' }] : []}
            beforeUpload={(chosen) => {
              setFile(chosen);
              deployment.reset();
              return false;
            }}
            onRemove={() => setFile(null)}
          >
            <Button icon={<UploadOutlined />}>{t('processes.choose')}</Button>
          </Upload>
          <Button
            type="primary"
            disabled={!file}
            loading={deployment.isPending}
            onClick={() => file && deployment.mutate(file)}
          >
            {t('processes.deploy')}
          </Button>
        </Space>
        <p className="hint">{t('processes.uploadHint')}</p>
        {deployment.data && (
          <Alert tone="success" message={t('processes.deployed', { version: deployment.data.version })} />
        )}
        <Alert message={deployment.error ? errorText(deployment.error, t) : null} />
        {problems.length > 0 && (
          <ul className="problems" data-testid="source-problems">
            {problems.map((problem, index) => (
              <li key={index}>
                {problemText(problem, lang)}
                {problem.detail && (
                  <details className="small muted">
                    <summary>{t('processes.engineDetail')}</summary>
                    <span lang="en">{problem.detail}</span>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>

      <div className="split">
        <div className="card">
          <h2>{t('processes.versions')}</h2>
          {versions.isPending && <p className="muted">{t('common.loading')}</p>}
          <ul className="version-list">
            {versions.data?.map((version, index) => (
              <li key={version.id} aria-current={version.id === selected ? 'true' : undefined}>
                <button type="button" className="link" onClick={() => setPicked(version.id)}>
                  <strong>{t('processes.version', { version: version.version })}</strong>
                  {index === 0 && <span className="badge">{t('processes.current')}</span>}
                  <div className="small muted">
                    {dateTime(version.deployedAt)} · {version.deployedBy}
                  </div>
                  <div className="small">{t('processes.running', { count: version.running })}</div>
                </button>
              </li>
            ))}
          </ul>
        </div>
        <div className="card">
          <Suspense fallback={<p className="muted">{t('common.loading')}</p>}>
            {xml.data ? (
              <BpmnDiagram xml={xml.data} />
            ) : (
              selected && <p className="muted">{t('common.loading')}</p>
            )}
          </Suspense>
        </div>
      </div>
    </section>
  );
}
