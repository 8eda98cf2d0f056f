import { useEffect, useState } from 'react';
import {
  AUDIT_TARGETS,
  listAudit,
  type AuditEntry,
  type AuditPage as Page,
  type AuditTarget,
} from '../../../api/audit';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { actionLabelKey } from './auditActions';
import { diff } from './auditDiff';

const PAGE_SIZE = 20;

function Changes({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changes = diff(entry.before, entry.after);
  if (changes.length === 0) return <span className="muted">{t('ac.audit.noChange')}</span>;
  return (
    <table className="audit-diff">
      <thead>
        <tr>
          <th>{t('ac.audit.field')}</th>
          <th>{t('ac.audit.before')}</th>
          <th>{t('ac.audit.after')}</th>
        </tr>
      </thead>
      <tbody>
        {changes.map((change) => (
          <tr key={change.path}>
            <td className="mono">{change.path}</td>
            <td className="diff-before">{change.before ?? '—'}</td>
            <td className="diff-after">{change.after ?? '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The readable label, with the raw name on hover for matching the log against the code. */
function ActionName({ action }: { action: string }) {
  const t = useT();
  const key = actionLabelKey(action);
  return key ? <span title={action}>{t(key)}</span> : <span className="mono">{action}</span>;
}

/** Who changed what and when, newest first, with each change as before and after. */
export function AuditPage() {
  const t = useT();
  const [target, setTarget] = useState<AuditTarget | null>(null);
  const [page, setPage] = useState(0);
  const [data, setData] = useState<Page | null>(null);
  const [failure, setFailure] = useState<unknown>(null);

  useEffect(() => {
    listAudit(page, PAGE_SIZE, target)
      .then((loaded) => {
        setData(loaded);
        setFailure(null);
      })
      .catch(setFailure);
  }, [page, target]);

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  return (
    <section>
      <div className="page-head">
        <h1>{t('ac.audit.title')}</h1>
        <label>
          {t('ac.audit.targetType')}{' '}
          <select
            value={target ?? ''}
            onChange={(event) => {
              setTarget(event.target.value === '' ? null : (event.target.value as AuditTarget));
              setPage(0);
            }}
          >
            <option value="">{t('ac.audit.allTypes')}</option>
            {AUDIT_TARGETS.map((type) => (
              <option key={type} value={type}>
                {t(`ac.audit.type.${type}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <Alert message={failure ? errorText(failure, t) : null} />
      {data?.entries.length === 0 && <p className="card muted">{t('ac.audit.empty')}</p>}
      {data && data.entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t('ac.audit.at')}</th>
                <th>{t('ac.audit.actor')}</th>
                <th>{t('ac.audit.action')}</th>
                <th>{t('ac.audit.target')}</th>
                <th>{t('ac.audit.changes')}</th>
              </tr>
            </thead>
            <tbody>
              {data.entries.map((entry) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{new Date(entry.at).toLocaleString()}</time>
                  </td>
                  <td>{entry.actor}</td>
                  <td>
                    <ActionName action={entry.action} />
                  </td>
                  <td>
                    {t(`ac.audit.type.${entry.targetType}` as MessageKey)} {entry.targetId}
                  </td>
                  <td>
                    <Changes entry={entry} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="pager">
        <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)}>
          {t('ac.common.previous')}
        </button>
        <span>{t('ac.audit.pageOf', { page: page + 1, pages })}</span>
        <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
          {t('ac.common.next')}
        </button>
      </div>
    </section>
  );
}
