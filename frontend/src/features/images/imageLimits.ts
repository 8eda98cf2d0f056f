/**
 * What the browser does with a picked image before uploading it: photos from a phone's camera are often
 * several MB and thousands of pixels wide, far more than a chat bubble or an avatar needs.
 */
export interface ImageLimits {
  /** The longest side, in pixels, a redrawn image may have. */
  maxSide: number;
  /** A still image larger than this is redrawn even when its sides already fit. */
  redrawAboveBytes: number;
  /** What the server accepts; a file still larger after redrawing is refused. */
  maxBytes: number;
  /** JPEG quality of a redrawn image. */
  quality: number;
}

export const MB = 1024 * 1024;
export const KB = 1024;

/** Images a fan sends on the H5 chat page. */
export const CHAT_IMAGE_LIMITS: ImageLimits = {
  maxSide: 1600,
  redrawAboveBytes: 1.5 * MB,
  maxBytes: 2 * MB,
  quality: 0.85,
};

/** An agent's avatar is shown at a few dozen pixels at most. */
export const AVATAR_LIMITS: ImageLimits = {
  maxSide: 256,
  redrawAboveBytes: 512 * KB,
  maxBytes: 512 * KB,
  quality: 0.9,
};

/** Why an image is not sent. */
export type ImageProblem = 'type' | 'size' | 'unreadable';

/**
 * GIFs are sent as they are, since redrawing one on a canvas keeps only its first frame; PNG and JPEG
 * may be redrawn; anything else is refused.
 */
export function imageKind(type: string): 'animated' | 'still' | null {
  if (type === 'image/gif') return 'animated';
  if (type === 'image/png' || type === 'image/jpeg') return 'still';
  return null;
}

export interface Size {
  width: number;
  height: number;
}

/** The size to redraw a still image at, or null when it can be sent as it is. */
export function redrawSize(image: Size, bytes: number, limits: ImageLimits): Size | null {
  const scale = Math.min(1, limits.maxSide / Math.max(image.width, image.height));
  if (scale === 1 && bytes <= limits.redrawAboveBytes) return null;
  return {
    width: Math.max(1, Math.round(image.width * scale)),
    height: Math.max(1, Math.round(image.height * scale)),
  };
}

export function fitsLimit(bytes: number, limits: ImageLimits): boolean {
  return bytes <= limits.maxBytes;
}

/** A redrawn image is a JPEG, and its name should say so, as the server may look at the extension. */
export function jpegName(name: string): string {
  const base = name.replace(/\.[^./]*$/, '');
  return `${base || 'image'}.jpg`;
}

/** For a file input's `accept`: the types imageKind takes. */
export const ACCEPTED_IMAGES = 'image/png,image/jpeg,image/gif';
