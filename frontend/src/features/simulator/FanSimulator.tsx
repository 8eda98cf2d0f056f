import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  fetchDemoInfo,
  fetchDemoMenu,
  fetchInbox,
  sendPush,
  type DemoInfo,
  type DemoMenuButton,
  type Delivery,
  type SimulatedPush,
} from '../../api/demo';
import { Alert } from '../../components/Alert';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { errorText } from '../../i18n/errorText';
import { useT } from '../../i18n/I18nProvider';
import { EmojiPicker } from '../workbench/EmojiPicker';
import { toDisplay } from '../workbench/emoji';
import { dataUrlToBase64, newOpenid, toBubble, type Bubble } from './bubbles';
import { SimulatorMenu } from './SimulatorMenu';

const POLL_MS = 1000;
/** The admin may publish a new custom menu meanwhile; WeChat's own clients take minutes to notice. */
const MENU_POLL_MS = 5000;

/** Something the fan did in this tab, shown on the fan's side of the chat. */
interface Sent {
  id: number;
  openid: string;
  at: string;
  bubble: Bubble;
}

type Line = { from: 'fan' | 'desk'; key: string; at: string; bubble: Bubble };

/**
 * Plays a WeChat fan of the demo account: each action goes to the desk as WeChat's own push, and the
 * chat shows what the desk sent back to this openid. Each browser tab can be a different fan.
 */
export function FanSimulator() {
  const t = useT();
  const [info, setInfo] = useState<DemoInfo | null | undefined>(undefined);
  const [openid, setOpenid] = useState(() => newOpenid());
  const [draftOpenid, setDraftOpenid] = useState(openid);
  const [inbox, setInbox] = useState<Delivery[]>([]);
  const [sent, setSent] = useState<Sent[]>([]);
  const [text, setText] = useState('');
  const [emojiOpen, setEmojiOpen] = useState(false);
  const [location, setLocation] = useState({ lat: '31.2304', lng: '121.4737', label: '上海市人民广场' });
  const [failure, setFailure] = useState<unknown>(null);
  const [menu, setMenu] = useState<DemoMenuButton[]>([]);
  const chat = useRef<HTMLOListElement>(null);

  // Like WeChat, the newest message stays in view.
  useEffect(() => {
    const list = chat.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [inbox.length, sent.length]);

  useEffect(() => {
    void fetchDemoInfo().then(setInfo);
  }, []);

  useEffect(() => {
    if (!info) return undefined;
    let active = true;
    const poll = () =>
      fetchInbox(openid)
        .then((deliveries) => active && setInbox(deliveries))
        .catch(() => undefined);
    void poll();
    const timer = window.setInterval(poll, POLL_MS);
    return () => {
      active = false;
      window.clearInterval(timer);
    };
  }, [info, openid]);

  useEffect(() => {
    if (!info) return undefined;
    let active = true;
    const load = () =>
      fetchDemoMenu()
        .then((published) => active && setMenu(published.button ?? []))
        .catch(() => undefined);
    void load();
    const timer = window.setInterval(load, MENU_POLL_MS);
    return () => {
      active = false;
      window.clearInterval(timer);
    };
  }, [info]);

  if (info === undefined) return <p className="loading">{t('common.loading')}</p>;
  if (info === null) {
    return (
      <main className="login">
        <p className="card">{t('sim.notDemo')}</p>
      </main>
    );
  }

  async function send(push: SimulatedPush, bubble: Bubble) {
    setFailure(null);
    try {
      await sendPush(openid, push);
      setSent((list) => [...list, { id: list.length + 1, openid, at: new Date().toISOString(), bubble }]);
    } catch (error) {
      setFailure(error);
    }
  }

  function sendText(event: FormEvent) {
    event.preventDefault();
    if (!text.trim()) return;
    void send({ type: 'text', text }, { kind: 'text', text: toDisplay(text) });
    setText('');
  }

  function sendImage(file: File) {
    const reader = new FileReader();
    reader.onload = () => {
      const dataUrl = String(reader.result);
      void send({ type: 'image', imageBase64: dataUrlToBase64(dataUrl) }, { kind: 'image', src: dataUrl });
    };
    reader.readAsDataURL(file);
  }

  function sendLocation() {
    const lat = Number(location.lat);
    const lng = Number(location.lng);
    void send(
      { type: 'location', lat, lng, label: location.label },
      { kind: 'text', text: `📍 ${location.label} (${lat}, ${lng})` },
    );
  }

  function switchFan(next: string) {
    const trimmed = next.trim();
    if (!trimmed) return;
    setOpenid(trimmed);
    setDraftOpenid(trimmed);
    setInbox([]);
  }

  const lines: Line[] = [
    ...inbox.map((d) => ({
      from: 'desk' as const,
      key: `d${d.id}`,
      at: d.at,
      bubble: toBubble(d, info?.templates),
    })),
    ...sent
      .filter((s) => s.openid === openid)
      .map((s) => ({ from: 'fan' as const, key: `s${s.id}`, at: s.at, bubble: s.bubble })),
  ].sort((a, b) => a.at.localeCompare(b.at));

  return (
    <main className="simulator">
      <header className="header">
        <span className="brand">{t('sim.title')}</span>
        <span className="muted">{info.accounts[0]?.name}</span>
        {info.accounts[0] && (
          // The demo's stand-in for WeChat shows a fake authorization page at this link, as WeChat would.
          <a
            href={`/h5/${encodeURIComponent(info.accounts[0].appId)}`}
            target="_blank"
            rel="noreferrer"
            data-testid="sim-h5-link"
          >
            {t('sim.h5Chat')}
          </a>
        )}
        <a href="#/">{t('sim.toLogin')}</a>
        <LanguageSwitch />
      </header>
      <div className="simulator-body">
        <section className="card simulator-fan" aria-label={t('sim.fan')}>
          <label htmlFor="sim-openid">{t('sim.openid')}</label>
          <div className="row">
            <input
              id="sim-openid"
              data-testid="sim-openid"
              value={draftOpenid}
              onChange={(event) => setDraftOpenid(event.target.value)}
            />
            <button type="button" data-testid="sim-switch" onClick={() => switchFan(draftOpenid)}>
              {t('sim.switch')}
            </button>
            <button type="button" onClick={() => switchFan(newOpenid())}>
              {t('sim.newFan')}
            </button>
          </div>
          <div className="row">
            {info.fans.map((fan) => (
              <button key={fan} type="button" aria-pressed={fan === openid} onClick={() => switchFan(fan)}>
                {fan === info.vipFan ? `${fan} (VIP)` : fan}
              </button>
            ))}
          </div>
          <h3>{t('sim.events')}</h3>
          <div className="row">
            <button
              type="button"
              onClick={() => void send({ type: 'subscribe' }, { kind: 'text', text: t('sim.subscribed') })}
            >
              {t('sim.subscribe')}
            </button>
          </div>
          <h3>{t('sim.location')}</h3>
          <div className="row">
            <input
              aria-label={t('sim.lat')}
              value={location.lat}
              onChange={(e) => setLocation({ ...location, lat: e.target.value })}
            />
            <input
              aria-label={t('sim.lng')}
              value={location.lng}
              onChange={(e) => setLocation({ ...location, lng: e.target.value })}
            />
            <input
              aria-label={t('sim.label')}
              value={location.label}
              onChange={(e) => setLocation({ ...location, label: e.target.value })}
            />
            <button type="button" onClick={sendLocation}>
              {t('sim.sendLocation')}
            </button>
          </div>
        </section>
        <section className="card simulator-phone" aria-label={t('sim.chat')}>
          <Alert message={failure ? errorText(failure, t) : null} />
          <ol className="simulator-chat" aria-live="polite" ref={chat}>
            {lines.length === 0 && <li className="muted">{t('sim.empty')}</li>}
            {lines.map((line) => (
              <li
                key={line.key}
                className={`sim-line sim-${line.from}`}
                data-testid="sim-line"
                data-from={line.from}
              >
                <BubbleView bubble={line.bubble} />
              </li>
            ))}
          </ol>
          <form className="simulator-compose" onSubmit={sendText}>
            <button
              type="button"
              aria-label={t('composer.emoji')}
              aria-expanded={emojiOpen}
              onClick={() => setEmojiOpen(!emojiOpen)}
            >
              😊
            </button>
            {emojiOpen && (
              <EmojiPicker
                onPick={(code) => {
                  setText((current) => current + code);
                  setEmojiOpen(false);
                }}
              />
            )}
            <input
              aria-label={t('sim.text')}
              data-testid="sim-text"
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <label className="button-like">
              {t('sim.image')}
              <input
                type="file"
                accept="image/jpeg,image/png,image/gif"
                hidden
                aria-label={t('sim.image')}
                onChange={(event) => {
                  const file = event.target.files?.[0];
                  if (file) sendImage(file);
                  event.target.value = '';
                }}
              />
            </label>
            <button type="submit" className="primary" data-testid="sim-send">
              {t('sim.send')}
            </button>
          </form>
          <SimulatorMenu
            buttons={menu}
            onClick={(key, name) =>
              void send({ type: 'click', eventKey: key }, { kind: 'text', text: t('sim.clicked', { name }) })
            }
          />
        </section>
      </div>
    </main>
  );
}

function BubbleView({ bubble }: { bubble: Bubble }) {
  const t = useT();
  switch (bubble.kind) {
    case 'text':
      return <span className="sim-bubble">{bubble.text}</span>;
    case 'image':
      return <img className="sim-bubble sim-image" src={bubble.src} alt={t('sim.image')} />;
    case 'card':
      return (
        <span className="sim-bubble sim-card">
          <strong>{bubble.title}</strong>
          {bubble.lines.map((line) => (
            <span key={line}>{line}</span>
          ))}
          {bubble.link && (
            <a href={bubble.link} target="_blank" rel="noreferrer">
              {t('sim.openLink')}
            </a>
          )}
        </span>
      );
    default:
      return <span className="sim-bubble muted">{t('sim.unsupported', { type: bubble.msgtype })}</span>;
  }
}
