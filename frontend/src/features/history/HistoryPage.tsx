import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Form, Input, Select, Space, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { listAgentProfiles } from '../../api/agents';
import type { User } from '../../api/auth';
import { searchHistory, type HistoryItem, type HistoryQuery } from '../../api/history';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { ratingText, statusText, timeText } from './historyText';
import { TranscriptDrawer } from './TranscriptDrawer';

export const HISTORY_PATH = '/history';
const PAGE_SIZE = 20;

interface Filters {
  fan?: string;
  agentId?: number;
  range?: [Dayjs | null, Dayjs | null] | null;
  text?: string;
}

/** What the filters ask the server for; blank fields ask for nothing. */
export function historyQuery(filters: Filters, page: number, order: 'asc' | 'desc'): HistoryQuery {
  const [from, to] = filters.range ?? [null, null];
  return {
    fan: filters.fan?.trim() || undefined,
    agentId: filters.agentId,
    from: from?.toISOString(),
    to: to?.toISOString(),
    text: filters.text?.trim() || undefined,
    page,
    size: PAGE_SIZE,
    order,
  };
}

/**
 * 历史会话: agents search the conversations they served, admins everyone's (by agent too), by fan, time
 * and text, newest first unless sorted the other way; a row opens the transcript.
 */
export function HistoryPage({ user }: { user: User }) {
  const t = useT();
  const admin = user.roles.includes('ADMIN');
  const [form] = Form.useForm<Filters>();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState(0);
  const [order, setOrder] = useState<'asc' | 'desc'>('desc');
  const [open, setOpen] = useState<number | null>(null);
  const agents = useQuery({ queryKey: ['admin', 'agents'], queryFn: listAgentProfiles, enabled: admin });
  const query = historyQuery(filters, page, order);
  const history = useQuery({
    queryKey: ['history', query],
    queryFn: () => searchHistory(query),
    placeholderData: keepPreviousData,
  });
  const failure = history.error ?? agents.error;

  return (
    <section>
      <div className="page-head">
        <h1>{t('history.title')}</h1>
      </div>
      <Form<Filters>
        form={form}
        name="history"
        layout="inline"
        onFinish={(values) => {
          setFilters(values);
          setPage(0);
        }}
      >
        <Form.Item name="fan" label={t('history.fan')}>
          <Input allowClear placeholder={t('history.fanPlaceholder')} maxLength={64} />
        </Form.Item>
        {admin && (
          <Form.Item name="agentId" label={t('history.agent')}>
            <Select
              allowClear
              style={{ minWidth: 160 }}
              placeholder={t('history.anyAgent')}
              loading={agents.isPending}
              options={(agents.data ?? []).map((agent) => ({
                value: agent.userId,
                label: agent.displayName,
              }))}
            />
          </Form.Item>
        )}
        <Form.Item name="range" label={t('history.time')}>
          <DatePicker.RangePicker showTime allowEmpty={[true, true]} />
        </Form.Item>
        <Form.Item name="text" label={t('history.text')}>
          <Input allowClear placeholder={t('history.textPlaceholder')} maxLength={64} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            {t('history.search')}
          </Button>
          <Button
            onClick={() => {
              form.resetFields();
              setFilters({});
              setPage(0);
            }}
          >
            {t('history.reset')}
          </Button>
        </Space>
      </Form>
      {failure && <Alert type="error" showIcon role="alert" message={errorText(failure, t)} />}
      <Table<HistoryItem>
        rowKey="id"
        loading={history.isFetching}
        dataSource={history.data?.items ?? []}
        locale={{ emptyText: t('history.empty') }}
        pagination={{
          current: page + 1,
          pageSize: PAGE_SIZE,
          total: history.data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('history.total', { total }),
        }}
        onChange={(pagination, _filters, sorter) => {
          const sortedBy = Array.isArray(sorter) ? sorter[0] : sorter;
          const nextOrder = sortedBy?.order === 'ascend' ? 'asc' : 'desc';
          setPage(nextOrder === order ? (pagination.current ?? 1) - 1 : 0);
          setOrder(nextOrder);
        }}
        columns={[
          {
            title: t('history.col.fan'),
            key: 'fan',
            render: (_, item) => (
              <>
                {item.fanName}
                {item.fanName !== item.openid && (
                  <Typography.Text type="secondary"> {item.openid}</Typography.Text>
                )}
              </>
            ),
          },
          { title: t('history.col.agent'), key: 'agent', render: (_, item) => item.agentName ?? '—' },
          {
            title: t('history.col.startedAt'),
            dataIndex: 'startedAt',
            sorter: true,
            sortOrder: order === 'asc' ? 'ascend' : 'descend',
            sortDirections: ['descend', 'ascend', 'descend'],
            render: (at: string) => timeText(at),
          },
          {
            title: t('history.col.endedAt'),
            dataIndex: 'endedAt',
            render: (at?: string | null) => timeText(at),
          },
          { title: t('history.col.status'), key: 'status', render: (_, item) => statusText(t, item.status) },
          { title: t('history.col.rating'), key: 'rating', render: (_, item) => ratingText(t, item) },
          {
            title: '',
            key: 'open',
            render: (_, item) => (
              <Button type="link" onClick={() => setOpen(item.id)}>
                {t('history.open')}
              </Button>
            ),
          },
        ]}
      />
      <TranscriptDrawer conversationId={open} onClose={() => setOpen(null)} />
    </section>
  );
}
