import { useRef, useState, type ChangeEvent } from 'react';
import { uploadAvatar, type DeskUser } from '../../../api/agents';
import { ApiError } from '../../../api/client';
import { BusyButton } from '../../../components/BusyButton';
import { Field } from '../../../components/Field';
import { errorText } from '../../../i18n/errorText';
import { useT } from '../../../i18n/I18nProvider';
import { ACCEPTED_IMAGES, AVATAR_LIMITS, KB, type ImageProblem } from '../../images/imageLimits';
import { prepareImage } from '../../images/prepareImage';
import { isAvatarUrl } from './agentValidation';

const PROBLEM_TEXT = {
  type: 'ac.agents.avatarType',
  size: 'ac.agents.avatarTooBig',
  unreadable: 'ac.agents.avatarUnreadable',
} as const satisfies Record<ImageProblem, string>;

type UploadFailure = { problem: ImageProblem } | { error: unknown };

interface Props {
  userId: number;
  value: string;
  /** The form's own message for the address, from its checks or the server's answer to saving. */
  error: string | undefined;
  onChange: (value: string) => void;
  /** The server has stored the avatar already: saving the form is not needed for it to show. */
  onUploaded: (user: DeskUser) => void;
}

/** An agent's avatar: an https:// address typed in, or a picture uploaded to the desk, with a preview. */
export function AvatarField({ userId, value, error, onChange, onUploaded }: Props) {
  const t = useT();
  const picker = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [uploads, setUploads] = useState(0);
  const address = value.trim();
  // The desk may keep serving a new upload under the same path, which the browser would take from its cache.
  const preview = !isAvatarUrl(address)
    ? null
    : uploads > 0 && address.startsWith('/')
      ? `${address}?v=${uploads}`
      : address;

  async function upload(file: File) {
    setFailure(null);
    const prepared = await prepareImage(file, AVATAR_LIMITS);
    if (!prepared.ok) {
      setFailure({ problem: prepared.problem });
      return;
    }
    setBusy(true);
    try {
      const user = await uploadAvatar(userId, prepared.file);
      setUploads((count) => count + 1);
      onUploaded(user);
    } catch (caught) {
      setFailure({ error: caught });
    } finally {
      setBusy(false);
    }
  }

  function pick(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that picking the same file again, e.g. after a refusal, still fires a change.
    event.target.value = '';
    if (file) void upload(file);
  }

  function failureText(shown: UploadFailure): string {
    if ('problem' in shown) return t(PROBLEM_TEXT[shown.problem], { max: AVATAR_LIMITS.maxBytes / KB });
    const { error: caught } = shown;
    return (caught instanceof ApiError && caught.fields.file) || errorText(caught, t);
  }

  return (
    <Field
      id={`agent-${userId}-avatar`}
      label={t('ac.agents.avatarUrl')}
      value={value}
      placeholder="https://"
      error={failure ? failureText(failure) : error}
      onChange={(event) => {
        setFailure(null);
        onChange(event.target.value);
      }}
      action={
        <>
          {preview && (
            <img
              className="avatar-preview"
              data-testid={`agent-${userId}-avatar-preview`}
              src={preview}
              alt={t('ac.agents.avatarPreview')}
            />
          )}
          <BusyButton
            data-testid={`agent-${userId}-avatar-upload`}
            busy={busy}
            label={t('ac.agents.avatarUpload')}
            busyLabel={t('ac.agents.avatarUploading')}
            onClick={() => picker.current?.click()}
          />
          <input
            ref={picker}
            type="file"
            accept={ACCEPTED_IMAGES}
            hidden
            data-testid={`agent-${userId}-avatar-file`}
            onChange={pick}
          />
        </>
      }
    />
  );
}
