// Issuer ids compared exactly, after URL normalisation: an http(s) id is read as a URL (scheme
// and host in lower case, default port dropped, dot segments resolved), so that two spellings
// of one address are one issuer; anything else — a trailing slash, another path, another
// port, a DID that differs by one character — is another issuer. A DID is compared as written.

/** The normalised form of an issuer id (or of a key id under it), or undefined if unusable. */
export function normaliseId(id: string): string | undefined {
  if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(id)) return undefined;
  if (!/^https?:/i.test(id)) return id;
  try {
    const url = new URL(id);
    // user:password@host is a classic look-alike: refused rather than compared.
    if (url.username || url.password) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/** Whether two ids name the same issuer (or key) once normalised. */
export function sameId(a: string | undefined, b: string | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  const left = normaliseId(a);
  return left !== undefined && left === normaliseId(b);
}
