import { useEffect, useState } from 'react';

/** A URL showing `blob` while the component is mounted; revoked afterwards so the browser frees the file. */
export function useObjectUrl(blob: Blob): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const created = URL.createObjectURL(blob);
    setUrl(created);
    return () => URL.revokeObjectURL(created);
  }, [blob]);
  return url;
}
