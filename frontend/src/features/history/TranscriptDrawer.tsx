import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Drawer, Empty, List, Skeleton, Typography } from 'antd';
import { inDeskZone } from '../../i18n/deskTimeZone';
import { fetchTranscript, type TranscriptLine } from '../../api/history';
import { errorText } from '../../i18n/errorText';
import { useT, type Translate } from '../../i18n/I18nProvider';
import { ratingText, statusText, timeText } from './historyText';

/** One conversation's transcript, oldest line first, with the ratings the visitor gave. */
export function TranscriptDrawer({
  conversationId,
  onClose,
}: {
  conversationId: number | null;
  onClose: () => void;
}) {
  const t = useT();
  const transcript = useQuery({
    queryKey: ['history', 'transcript', conversationId],
    queryFn: () => fetchTranscript(conversationId!),
    enabled: conversationId !== null,
  });
  const data = transcript.data;

  return (
    <Drawer
      open={conversationId !== null}
      onClose={onClose}
      width={560}
      title={t('history.transcript')}
      destroyOnHidden
    >
      {transcript.error && (
        <Alert type="error" showIcon role="alert" message={errorText(transcript.error, t)} />
      )}
      {transcript.isPending && conversationId !== null && <Skeleton active />}
      {data && (
        <>
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('history.col.fan')}>
              {data.conversation.fanName}{' '}
              <Typography.Text type="secondary">{data.conversation.openid}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('history.col.agent')}>
              {data.conversation.agentName ?? '—'}
            </Descriptions.Item>
            <Descriptions.Item label={t('history.col.startedAt')}>
              {timeText(data.conversation.startedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('history.col.endedAt')}>
              {timeText(data.conversation.endedAt)}
            </Descriptions.Item>
            <Descriptions.Item label={t('history.col.status')}>
              {statusText(t, data.conversation.status)}
            </Descriptions.Item>
            <Descriptions.Item label={t('history.col.rating')}>
              {ratingText(t, data.conversation)}
            </Descriptions.Item>
          </Descriptions>
          <Typography.Title level={5}>{t('history.ratings')}</Typography.Title>
          {data.ratings.length === 0 ? (
            <Typography.Text type="secondary">{t('history.noRatings')}</Typography.Text>
          ) : (
            <section aria-label={t('history.ratings')}>
              <List
                size="small"
                footer={<Typography.Text type="secondary">{t('history.lastCounts')}</Typography.Text>}
                dataSource={data.ratings}
                renderItem={(line) => <List.Item>{lineText(t, line)}</List.Item>}
              />
            </section>
          )}
          <Typography.Title level={5}>{t('history.lines')}</Typography.Title>
          {data.lines.length === 0 ? (
            <Empty />
          ) : (
            <section aria-label={t('history.lines')}>
              <List
                size="small"
                dataSource={data.lines}
                renderItem={(line) => (
                  <List.Item>
                    <List.Item.Meta
                      title={`${t(`history.from.${line.direction}`)} · ${line.author} · ${inDeskZone(line.createdAt).format('HH:mm:ss')}`}
                      description={lineText(t, line)}
                    />
                  </List.Item>
                )}
              />
            </section>
          )}
        </>
      )}
    </Drawer>
  );
}

function lineText(t: Translate, line: TranscriptLine): string {
  return line.text ?? t('history.media', { kind: line.kind });
}
