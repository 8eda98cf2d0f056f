import { decodeImage, type DecodedImage } from './canvasImage';
import {
  fitsLimit,
  imageKind,
  jpegName,
  redrawSize,
  type ImageLimits,
  type ImageProblem,
} from './imageLimits';

export type PreparedImage = { ok: true; file: File } | { ok: false; problem: ImageProblem };

/** The file to upload for a picked image, redrawn smaller when `limits` ask for it, or why it is refused. */
export async function prepareImage(
  file: File,
  limits: ImageLimits,
  decode: (file: Blob) => Promise<DecodedImage> = decodeImage,
): Promise<PreparedImage> {
  const kind = imageKind(file.type);
  if (kind === null) return { ok: false, problem: 'type' };
  if (file.size === 0) return { ok: false, problem: 'unreadable' };
  if (kind === 'animated')
    return fitsLimit(file.size, limits) ? { ok: true, file } : { ok: false, problem: 'size' };

  let image: DecodedImage;
  try {
    image = await decode(file);
  } catch {
    return { ok: false, problem: 'unreadable' };
  }
  try {
    const size = redrawSize(image, file.size, limits);
    if (size === null) return { ok: true, file };
    const redrawn = await image.toJpeg(size, limits.quality);
    if (!fitsLimit(redrawn.size, limits)) return { ok: false, problem: 'size' };
    return { ok: true, file: new File([redrawn], jpegName(file.name), { type: 'image/jpeg' }) };
  } catch {
    return { ok: false, problem: 'unreadable' };
  } finally {
    image.close();
  }
}
