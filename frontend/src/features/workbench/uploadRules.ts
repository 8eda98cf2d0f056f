import type { UploadKind } from '../../api/conversations';

const MB = 1024 * 1024;

interface UploadRule {
  /** For the file chooser. */
  accept: string;
  /** What the browser may call such a file; the name's ending counts too, since AMR has no common type. */
  types: string[];
  extensions: string[];
  maxBytes: number;
}

/**
 * WeChat's limits for temporary media, checked here only to spare the agent a useless upload: the
 * server checks the file's first bytes (and a voice message's length, at most 60 s) whatever this says.
 */
export const UPLOAD_RULES: Record<UploadKind, UploadRule> = {
  IMAGE: {
    accept: 'image/png,image/jpeg,image/gif',
    types: ['image/png', 'image/jpeg', 'image/gif'],
    extensions: [],
    maxBytes: 2 * MB,
  },
  VOICE: {
    accept: 'audio/mpeg,audio/amr,.mp3,.amr',
    types: ['audio/mpeg', 'audio/mp3', 'audio/amr'],
    extensions: ['.mp3', '.amr'],
    maxBytes: 2 * MB,
  },
  VIDEO: {
    accept: 'video/mp4,.mp4',
    types: ['video/mp4'],
    extensions: ['.mp4'],
    maxBytes: 10 * MB,
  },
};

export const UPLOAD_KINDS: UploadKind[] = ['IMAGE', 'VOICE', 'VIDEO'];

/** Why the file cannot be sent as `kind`, or null. */
export function uploadProblem(file: File, kind: UploadKind): 'type' | 'size' | null {
  const rule = UPLOAD_RULES[kind];
  const name = file.name.toLowerCase();
  if (!rule.types.includes(file.type) && !rule.extensions.some((ending) => name.endsWith(ending)))
    return 'type';
  return file.size > rule.maxBytes ? 'size' : null;
}
