import type { Size } from './imageLimits';

export interface DecodedImage extends Size {
  toJpeg(size: Size, quality: number): Promise<Blob>;
  /** Lets the browser drop the decoded picture. */
  close(): void;
}

/**
 * Decodes a PNG or JPEG through an <img>, which every WeChat browser has (createImageBitmap is missing on
 * older phones) and which applies the photo's EXIF orientation as browsers now do by default.
 */
export function decodeImage(file: Blob): Promise<DecodedImage> {
  const url = URL.createObjectURL(file);
  const image = new Image();
  return new Promise((resolve, reject) => {
    image.onload = () =>
      resolve({
        width: image.naturalWidth,
        height: image.naturalHeight,
        toJpeg: (size, quality) => drawJpeg(image, size, quality),
        close: () => URL.revokeObjectURL(url),
      });
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('The image could not be decoded'));
    };
    image.src = url;
  });
}

function drawJpeg(image: HTMLImageElement, size: Size, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.reject(new Error('No 2D canvas'));
  // JPEG has no transparency: a PNG's transparent parts would turn black without a white ground.
  context.fillStyle = '#fff';
  context.fillRect(0, 0, size.width, size.height);
  context.drawImage(image, 0, 0, size.width, size.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded'))),
      'image/jpeg',
      quality,
    ),
  );
}
