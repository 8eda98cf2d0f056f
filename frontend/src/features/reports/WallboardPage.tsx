import { Badge, Progress } from 'antd';
import type { Wallboard } from '../../api/reports';
import { useT, type Translate } from '../../i18n/I18nProvider';
import './wallboard.css';
import { useLiveWallboard } from './useLiveWallboard';

export const WALLBOARD_PATH = '/wallboard';

const STATUS_BADGE = { ONLINE: 'success', BUSY: 'warning', OFFLINE: 'default' } as const;

function duration(seconds: number | null | undefined, t: Translate): string {
  if (seconds === null || seconds === undefined) return t('report.none');
  return t('wallboard.duration', { minutes: Math.floor(seconds / 60), seconds: seconds % 60 });
}

function percent(share: number | null | undefined, t: Translate): string {
  return share === null || share === undefined ? t('report.none') : `${Math.round(share * 100)}%`;
}

function Figure({ label, value, alert }: { label: string; value: string | number; alert?: boolean }) {
  return (
    <div className={alert ? 'wallboard-figure wallboard-alert' : 'wallboard-figure'}>
      <div className="wallboard-value">{value}</div>
      <div className="wallboard-label">{label}</div>
    </div>
  );
}

/** The wall screen's content for one snapshot: large figures first, then queues and agents. */
export function WallboardView({ wallboard, connected }: { wallboard: Wallboard; connected: boolean }) {
  const t = useT();
  const waiting = wallboard.queues.reduce((sum, queue) => sum + queue.waiting, 0);
  const longest = Math.max(-1, ...wallboard.queues.map((queue) => queue.longestWaitSeconds ?? -1));
  return (
    <div className="wallboard">
      <div className="wallboard-head">
        <h1>{t('wallboard.title')}</h1>
        <Badge
          status={connected ? 'processing' : 'error'}
          text={connected ? t('wallboard.live') : t('wallboard.reconnecting')}
        />
      </div>
      <div className="wallboard-figures">
        <Figure label={t('wallboard.waiting')} value={waiting} alert={waiting > 0} />
        <Figure label={t('wallboard.longestWait')} value={duration(longest < 0 ? null : longest, t)} />
        <Figure label={t('wallboard.inProgress')} value={wallboard.inProgress} />
        <Figure label={t('wallboard.servedToday')} value={wallboard.servedToday} />
        <Figure label={t('wallboard.abandonedToday')} value={wallboard.abandonedToday} />
        <Figure label={t('wallboard.refusedToday')} value={wallboard.refusedToday} />
        <Figure
          label={t('wallboard.ratingToday')}
          value={
            wallboard.averageRatingToday === null || wallboard.averageRatingToday === undefined
              ? t('report.none')
              : wallboard.averageRatingToday.toFixed(1)
          }
        />
        <Figure label={t('wallboard.solvedToday')} value={percent(wallboard.solvedRateToday, t)} />
      </div>
      <div className="wallboard-lists">
        <section aria-label={t('wallboard.queues')}>
          <h2>{t('wallboard.queues')}</h2>
          <table>
            <tbody>
              {wallboard.queues.map((queue) => (
                <tr key={queue.queueId} className={queue.waiting > 0 ? 'wallboard-alert' : undefined}>
                  <td>{queue.name}</td>
                  <td className="wallboard-number">{queue.waiting}</td>
                  <td>{duration(queue.longestWaitSeconds, t)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section aria-label={t('wallboard.agents')}>
          <h2>{t('wallboard.agents')}</h2>
          <table>
            <tbody>
              {wallboard.agents.map((agent) => (
                <tr key={agent.agentId}>
                  <td>{agent.displayName}</td>
                  <td>
                    <Badge status={STATUS_BADGE[agent.status as keyof typeof STATUS_BADGE] ?? 'default'} />
                    {t(`wallboard.status.${agent.status}` as 'wallboard.status.ONLINE')}
                  </td>
                  <td className="wallboard-load">
                    <Progress
                      percent={Math.round((agent.load / agent.limit) * 100)}
                      format={() => t('wallboard.load', { load: agent.load, limit: agent.limit })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </div>
    </div>
  );
}

/** The live wallboard, readable from across the room. */
export function WallboardPage() {
  const { wallboard, connected } = useLiveWallboard();
  return wallboard ? <WallboardView wallboard={wallboard} connected={connected} /> : null;
}
