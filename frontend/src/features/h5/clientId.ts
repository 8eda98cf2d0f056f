const CLIENT_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/;

/** The form the server accepts for a message's client id. */
export function isValidClientId(id: string): boolean {
  return CLIENT_ID_PATTERN.test(id);
}

/**
 * A fresh id for one message. randomUUID exists only in secure contexts and recent browsers; WeChat's
 * browser on older phones, or a desk served over plain http, may lack it, so random bytes stand in.
 */
export function newClientId(
  cryptoApi: Pick<Crypto, 'getRandomValues'> & Partial<Pick<Crypto, 'randomUUID'>> = crypto,
): string {
  if (typeof cryptoApi.randomUUID === 'function') return cryptoApi.randomUUID();
  const bytes = cryptoApi.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
