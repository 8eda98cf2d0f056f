import { describe, expect, it } from 'vitest';
import {
  AVATAR_LIMITS,
  CHAT_IMAGE_LIMITS,
  KB,
  MB,
  fitsLimit,
  imageKind,
  jpegName,
  redrawSize,
} from './imageLimits';

describe('image limits', () => {
  it('redraws PNG and JPEG, sends GIF as it is and refuses anything else', () => {
    expect(imageKind('image/png')).toBe('still');
    expect(imageKind('image/jpeg')).toBe('still');
    expect(imageKind('image/gif')).toBe('animated');
    expect(imageKind('image/webp')).toBeNull();
    expect(imageKind('application/pdf')).toBeNull();
    expect(imageKind('')).toBeNull();
  });

  it('keeps a chat image that is at most 1600 px and 1.5 MB', () => {
    expect(redrawSize({ width: 1600, height: 1200 }, 1.5 * MB, CHAT_IMAGE_LIMITS)).toBeNull();
    expect(redrawSize({ width: 10, height: 10 }, 100, CHAT_IMAGE_LIMITS)).toBeNull();
  });

  it('brings the long side of a chat image down to 1600 px, keeping its shape', () => {
    expect(redrawSize({ width: 4032, height: 3024 }, MB, CHAT_IMAGE_LIMITS)).toEqual({
      width: 1600,
      height: 1200,
    });
    expect(redrawSize({ width: 1000, height: 3200 }, MB, CHAT_IMAGE_LIMITS)).toEqual({
      width: 500,
      height: 1600,
    });
    expect(redrawSize({ width: 1601, height: 1 }, MB, CHAT_IMAGE_LIMITS)).toEqual({ width: 1600, height: 1 });
  });

  it('redraws a chat image over 1.5 MB at its own size', () => {
    expect(redrawSize({ width: 1200, height: 900 }, 1.5 * MB + 1, CHAT_IMAGE_LIMITS)).toEqual({
      width: 1200,
      height: 900,
    });
  });

  it('fits an avatar into 256 × 256 px and redraws one over 512 KB', () => {
    expect(redrawSize({ width: 1024, height: 512 }, 100 * KB, AVATAR_LIMITS)).toEqual({
      width: 256,
      height: 128,
    });
    expect(redrawSize({ width: 256, height: 256 }, 512 * KB, AVATAR_LIMITS)).toBeNull();
    expect(redrawSize({ width: 200, height: 100 }, 512 * KB + 1, AVATAR_LIMITS)).toEqual({
      width: 200,
      height: 100,
    });
  });

  it('accepts 2 MB for a chat image and 512 KB for an avatar, not a byte more', () => {
    expect(fitsLimit(2 * MB, CHAT_IMAGE_LIMITS)).toBe(true);
    expect(fitsLimit(2 * MB + 1, CHAT_IMAGE_LIMITS)).toBe(false);
    expect(fitsLimit(512 * KB, AVATAR_LIMITS)).toBe(true);
    expect(fitsLimit(512 * KB + 1, AVATAR_LIMITS)).toBe(false);
  });

  it('names a redrawn image .jpg', () => {
    expect(jpegName('IMG_0001.PNG')).toBe('IMG_0001.jpg');
    expect(jpegName('photo.large.jpeg')).toBe('photo.large.jpg');
    expect(jpegName('image')).toBe('image.jpg');
    expect(jpegName('.png')).toBe('image.jpg');
  });
});
