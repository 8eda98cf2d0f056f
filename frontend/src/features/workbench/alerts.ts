const BEEP_HZ = 880;
const BEEP_SECONDS = 0.15;
const BEEP_VOLUME = 0.2;

export type AlertMode = 'off' | 'on' | 'soundOnly';

// Kept across visits to the workbench, so alerts stay on until the page reloads.
let audio: AudioContext | null = null;

function notificationsAllowed(): boolean {
  return 'Notification' in window && Notification.permission === 'granted';
}

export function alertMode(): AlertMode {
  if (!audio) return 'off';
  return notificationsAllowed() ? 'on' : 'soundOnly';
}

/**
 * Must run inside a click handler: browsers only allow sound, and only ask for notification
 * permission, after a user gesture.
 */
export async function enableAlerts(): Promise<AlertMode> {
  audio ??= new AudioContext();
  const asking =
    'Notification' in window && Notification.permission === 'default'
      ? Notification.requestPermission()
      : null;
  await Promise.all([audio.resume(), asking]);
  return alertMode();
}

function beep(): void {
  if (!audio) return;
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.frequency.value = BEEP_HZ;
  gain.gain.setValueAtTime(BEEP_VOLUME, audio.currentTime);
  gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + BEEP_SECONDS);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start();
  oscillator.stop(audio.currentTime + BEEP_SECONDS);
}

/** Sound and a desktop notification, only while the agent is looking at another tab. */
export function alertAgent(title: string, body: string, onClick: () => void): void {
  if (!document.hidden) return;
  beep();
  if (notificationsAllowed()) {
    // Tagged by title, so a chatty visitor replaces their previous notification instead of stacking up.
    const notification = new Notification(title, { body, tag: title });
    notification.onclick = () => {
      window.focus();
      onClick();
      notification.close();
    };
  }
}
