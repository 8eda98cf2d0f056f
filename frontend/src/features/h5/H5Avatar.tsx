/** A round avatar; without a picture, the name's first character stands in, as chat apps do. */
export function H5Avatar({ url, name }: { url: string | null; name: string }) {
  if (url) return <img className="h5-avatar" src={url} alt="" />;
  return (
    <span className="h5-avatar h5-avatar-blank" aria-hidden="true">
      {Array.from(name)[0] ?? ''}
    </span>
  );
}
