import { Button, Form, Image, Input, Space, Upload } from 'antd';
import { useState } from 'react';
import { uploadAvatar, type DeskUser } from '../../../api/agents';
import { ApiError } from '../../../api/client';
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

interface Props {
  userId: number;
  /** Set by the form's item, whose name is the address's field. */
  id?: string;
  value?: string;
  onChange?: (value: string) => void;
  /** The server has stored the avatar already: saving the form is not needed for it to show. */
  onUploaded: (user: DeskUser) => void;
}

/**
 * An agent's avatar, inside the form's avatarUrl item: an https:// address typed in, or a picture uploaded
 * to the desk, with a preview that opens large. A refused upload is worded on the item, as the form's own
 * checks are.
 */
export function AvatarField({ userId, id, value = '', onChange, onUploaded }: Props) {
  const t = useT();
  const form = Form.useFormInstance();
  const [busy, setBusy] = useState(false);
  const [uploads, setUploads] = useState(0);
  const address = value.trim();
  // The desk may keep serving a new upload under the same path, which the browser would take from its cache.
  const preview = !isAvatarUrl(address)
    ? null
    : uploads > 0 && address.startsWith('/')
      ? `${address}?v=${uploads}`
      : address;

  const refuse = (message: string) => form.setFields([{ name: 'avatarUrl', errors: [message] }]);

  async function upload(file: File) {
    const prepared = await prepareImage(file, AVATAR_LIMITS);
    if (!prepared.ok) {
      refuse(t(PROBLEM_TEXT[prepared.problem], { max: AVATAR_LIMITS.maxBytes / KB }));
      return;
    }
    setBusy(true);
    try {
      const user = await uploadAvatar(userId, prepared.file);
      setUploads((count) => count + 1);
      onChange?.(user.avatarUrl ?? '');
      onUploaded(user);
    } catch (caught) {
      refuse((caught instanceof ApiError && caught.fields.file) || errorText(caught, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space align="center" wrap>
      <Input
        id={id}
        value={value}
        placeholder="https://"
        onChange={(event) => onChange?.(event.target.value)}
      />
      {preview && (
        <Image
          className="avatar-preview"
          src={preview}
          alt={t('ac.agents.avatarPreview')}
          width={40}
          height={40}
        />
      )}
      <Upload
        accept={ACCEPTED_IMAGES}
        showUploadList={false}
        data-testid={`agent-${userId}-avatar-file`}
        // The picture is shrunk and checked first, then sent by the desk's own client (CSRF, errors).
        beforeUpload={(file) => {
          void upload(file);
          return false;
        }}
      >
        <Button data-testid={`agent-${userId}-avatar-upload`} loading={busy}>
          {busy ? t('ac.agents.avatarUploading') : t('ac.agents.avatarUpload')}
        </Button>
      </Upload>
    </Space>
  );
}
