import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Select, Table, Typography } from 'antd';
import { useState } from 'react';
import { AUDIT_TARGETS, listAudit, type AuditEntry, type AuditTarget } from '../../../api/audit';
import { Alert } from '../../../components/Alert';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import type { MessageKey } from '../../../i18n/messages';
import { useDateTime } from '../dateTime';
import { actionLabelKey } from './auditActions';
import { diff } from './auditDiff';
import { auditPathLabel, auditValueText } from './auditLabels';

const PAGE_SIZE = 20;

function Changes({ entry }: { entry: AuditEntry }) {
  const t = useT();
  const changes = diff(entry.before, entry.after);
  if (changes.length === 0) return <span className="muted">{t('ac.audit.noChange')}</span>;
  const value = (path: string, text: string | null) => (text === null ? '—' : auditValueText(path, text, t));
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
            {/* The recorded name on hover, for matching the log against the code. */}
            <td title={change.path}>{auditPathLabel(change.path, t)}</td>
            <td className="diff-before">{value(change.path, change.before)}</td>
            <td className="diff-after">{value(change.path, change.after)}</td>
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
  const dateTime = useDateTime();
  const [target, setTarget] = useState<AuditTarget | null>(null);
  const [page, setPage] = useState(0);
  const audit = useQuery({
    queryKey: ['admin', 'audit', { page, target }],
    queryFn: () => listAudit(page, PAGE_SIZE, target),
    placeholderData: keepPreviousData,
  });

  return (
    <section>
      <div className="page-head">
        <h1>{t('ac.audit.title')}</h1>
        <label>
          <Typography.Text>{t('ac.audit.targetType')} </Typography.Text>
          <Select<AuditTarget | ''>
            aria-label={t('ac.audit.targetType')}
            style={{ minWidth: 160 }}
            value={target ?? ''}
            onChange={(value) => {
              setTarget(value === '' ? null : value);
              setPage(0);
            }}
            options={[
              { value: '', label: t('ac.audit.allTypes') },
              ...AUDIT_TARGETS.map((type) => ({
                value: type,
                label: t(`ac.audit.type.${type}` as MessageKey),
              })),
            ]}
          />
        </label>
      </div>
      <Alert message={audit.error ? errorText(audit.error, t) : null} />
      <Table<AuditEntry>
        rowKey="id"
        loading={audit.isFetching}
        dataSource={audit.data?.entries ?? []}
        locale={{ emptyText: t('ac.audit.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: audit.data?.total ?? 0,
          showSizeChanger: false,
          onChange: (next) => setPage(next - 1),
        }}
        columns={[
          {
            title: t('ac.audit.at'),
            dataIndex: 'at',
            render: (at: string) => <time dateTime={at}>{dateTime(at)}</time>,
          },
          { title: t('ac.audit.actor'), dataIndex: 'actor' },
          {
            title: t('ac.audit.action'),
            dataIndex: 'action',
            render: (action: string) => <ActionName action={action} />,
          },
          {
            title: t('ac.audit.target'),
            key: 'target',
            render: (_, entry) => `${t(`ac.audit.type.${entry.targetType}` as MessageKey)} ${entry.targetId}`,
          },
          { title: t('ac.audit.changes'), key: 'changes', render: (_, entry) => <Changes entry={entry} /> },
        ]}
      />
    </section>
  );
}
