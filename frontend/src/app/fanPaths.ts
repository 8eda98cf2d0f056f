export const RATING_PATH = '/rate/';
export const H5_PATH = '/h5';

/** The pages a fan opens on the phone: a bundle of their own, without the desk's admin libraries. */
export function isFanPath(path: string): boolean {
  return path.startsWith(RATING_PATH) || path.split('?')[0] === H5_PATH;
}
