import { describe, expect, it, vi } from 'vitest';
import type { DecodedImage } from './canvasImage';
import { AVATAR_LIMITS, CHAT_IMAGE_LIMITS, KB, MB, type Size } from './imageLimits';
import { prepareImage } from './prepareImage';

const picked = (name: string, type: string, bytes: number) =>
  new File([new Uint8Array(bytes)], name, { type });

/** Stands in for the canvas, which jsdom lacks: an image of `size` that redraws to `redrawnBytes`. */
function fakeDecode(size: Size, redrawnBytes = 100 * KB) {
  const image: DecodedImage = {
    ...size,
    toJpeg: vi.fn(async () => new Blob([new Uint8Array(redrawnBytes)], { type: 'image/jpeg' })),
    close: vi.fn(),
  };
  return { image, decode: vi.fn(async () => image) };
}

describe('prepareImage', () => {
  it('sends a small PNG as it is', async () => {
    const file = picked('a.png', 'image/png', 10 * KB);
    const { image, decode } = fakeDecode({ width: 800, height: 600 });
    expect(await prepareImage(file, CHAT_IMAGE_LIMITS, decode)).toEqual({ ok: true, file });
    expect(image.toJpeg).not.toHaveBeenCalled();
    expect(image.close).toHaveBeenCalled();
  });

  it('redraws a big photo as a JPEG of quality 0.85 at most 1600 px wide', async () => {
    const { image, decode } = fakeDecode({ width: 4000, height: 3000 }, MB);
    const prepared = await prepareImage(picked('IMG_1.png', 'image/png', 5 * MB), CHAT_IMAGE_LIMITS, decode);
    expect(image.toJpeg).toHaveBeenCalledWith({ width: 1600, height: 1200 }, 0.85);
    expect(prepared.ok && [prepared.file.name, prepared.file.type, prepared.file.size]).toEqual([
      'IMG_1.jpg',
      'image/jpeg',
      MB,
    ]);
  });

  it('refuses an image still over the limit once redrawn', async () => {
    const { decode } = fakeDecode({ width: 4000, height: 3000 }, 2 * MB + 1);
    expect(await prepareImage(picked('a.jpg', 'image/jpeg', 8 * MB), CHAT_IMAGE_LIMITS, decode)).toEqual({
      ok: false,
      problem: 'size',
    });
  });

  it('sends a GIF untouched when it fits and refuses a larger one', async () => {
    const { decode } = fakeDecode({ width: 4000, height: 3000 });
    const gif = picked('a.gif', 'image/gif', 2 * MB);
    expect(await prepareImage(gif, CHAT_IMAGE_LIMITS, decode)).toEqual({ ok: true, file: gif });
    expect(await prepareImage(picked('a.gif', 'image/gif', 600 * KB), AVATAR_LIMITS, decode)).toEqual({
      ok: false,
      problem: 'size',
    });
    expect(decode).not.toHaveBeenCalled();
  });

  it('refuses other types, empty files and files the browser cannot decode', async () => {
    const { decode } = fakeDecode({ width: 10, height: 10 });
    expect(await prepareImage(picked('a.webp', 'image/webp', KB), CHAT_IMAGE_LIMITS, decode)).toEqual({
      ok: false,
      problem: 'type',
    });
    expect(await prepareImage(picked('a.png', 'image/png', 0), CHAT_IMAGE_LIMITS, decode)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
    const broken = vi.fn(() => Promise.reject(new Error('bad')));
    expect(await prepareImage(picked('a.png', 'image/png', KB), CHAT_IMAGE_LIMITS, broken)).toEqual({
      ok: false,
      problem: 'unreadable',
    });
  });

  it('redraws an avatar into 256 px at quality 0.9', async () => {
    const { image, decode } = fakeDecode({ width: 512, height: 1024 }, 30 * KB);
    const prepared = await prepareImage(picked('me.jpeg', 'image/jpeg', 200 * KB), AVATAR_LIMITS, decode);
    expect(image.toJpeg).toHaveBeenCalledWith({ width: 128, height: 256 }, 0.9);
    expect(prepared.ok).toBe(true);
  });
});
