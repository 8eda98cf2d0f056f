import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useState } from 'react';
import {
  fetchLiveConversations,
  MONITOR_LIST_TOPIC,
  type LiveConversation,
  type MonitorEvent,
} from '../../api/monitor';
import { errorText } from '../../i18n/errorText';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { useStompFeed } from '../../realtime/useStompFeed';
import { statusText, timeText } from '../history/historyText';
import { formatDuration, secondsSince } from '../workbench/countdown';
import { useNow } from '../workbench/useNow';
import { MonitorDrawer } from './MonitorDrawer';

export const MONITOR_PATH = '/monitor';
export const LIVE_QUERY = ['monitor', 'conversations'];

/** The list after one pushed change: the row replaced or added, or gone once the conversation ended. */
export function applyMonitorEvent(rows: LiveConversation[], event: MonitorEvent): LiveConversation[] {
  const others = rows.filter((row) => row.id !== event.conversationId);
  if (!event.conversation) return others;
  return [...others, event.conversation].sort(
    (a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.id - b.id,
  );
}

/**
 * The supervisor's view of every live conversation (班长监控), kept current by the monitor's topic:
 * each pushed row replaces its line, and a reconnect reloads the list so nothing missed stays stale.
 */
export function MonitorPage() {
  const t = useT();
  const client = useQueryClient();
  const [open, setOpen] = useState<number | null>(null);
  const live = useQuery({ queryKey: LIVE_QUERY, queryFn: fetchLiveConversations });
  const onEvent = useCallback(
    (event: MonitorEvent) =>
      client.setQueryData<LiveConversation[]>(LIVE_QUERY, (rows) => rows && applyMonitorEvent(rows, event)),
    [client],
  );
  const reload = useCallback(() => void client.invalidateQueries({ queryKey: LIVE_QUERY }), [client]);
  useStompFeed(MONITOR_LIST_TOPIC, onEvent, reload);
  const rows = live.data ?? [];
  const opened = rows.find((row) => row.id === open) ?? null;

  return (
    <section aria-label={t('monitor.title')}>
      <Typography.Title level={3}>{t('monitor.title')}</Typography.Title>
      {live.error && <Alert type="error" showIcon role="alert" message={errorText(live.error, t)} />}
      <Typography.Paragraph type="secondary">
        {t('monitor.live', { count: rows.length })}
      </Typography.Paragraph>
      <Table<LiveConversation>
        rowKey="id"
        size="middle"
        loading={live.isPending}
        dataSource={rows}
        columns={columns(t, setOpen)}
        pagination={false}
        locale={{ emptyText: t('monitor.empty') }}
      />
      <MonitorDrawer
        conversationId={open}
        conversation={opened}
        onClose={() => setOpen(null)}
        onMovedAway={() => setOpen(null)}
      />
    </section>
  );
}

function columns(t: Translate, open: (id: number) => void): ColumnsType<LiveConversation> {
  return [
    { title: t('monitor.col.fan'), dataIndex: 'fanName', key: 'fan' },
    { title: t('monitor.col.account'), dataIndex: 'accountName', key: 'account' },
    { title: t('monitor.col.queue'), key: 'queue', render: (_, row) => row.queueName ?? '—' },
    {
      title: t('monitor.col.agent'),
      key: 'agent',
      render: (_, row) => row.agentDisplayName ?? <Tag>{t('monitor.noAgent')}</Tag>,
    },
    {
      title: t('monitor.col.status'),
      key: 'status',
      render: (_, row) => (
        <Tag color={row.status === 'QUEUED' ? 'orange' : row.status === 'CHATTING' ? 'green' : 'default'}>
          {statusText(t, row.status)}
        </Tag>
      ),
    },
    {
      title: t('monitor.col.waiting'),
      key: 'waiting',
      render: (_, row) => <Waiting since={row.waitingSince} />,
    },
    { title: t('monitor.col.startedAt'), key: 'startedAt', render: (_, row) => timeText(row.startedAt) },
    {
      key: 'open',
      render: (_, row) => (
        <Button size="small" data-testid="monitor-open" onClick={() => open(row.id)}>
          {t('monitor.open')}
        </Button>
      ),
    },
  ];
}

/** How long the visitor has waited, ticking each second; a dash while nobody waits. */
function Waiting({ since }: { since?: string | null }) {
  const t = useT();
  if (!since) return <>{t('monitor.notWaiting')}</>;
  return <WaitingFor since={since} />;
}

function WaitingFor({ since }: { since: string }) {
  const now = useNow();
  return <span className="waiting">{formatDuration(secondsSince(since, now))}</span>;
}
