// How a certifier tells one signing key from another without reading its address (issue 16,
// item 5): the last eight characters of its public key, in two groups of four ("Q2xw · 7sTb").
// Every Ed25519 public key starts with the same characters (z6Mk), so the end is what differs.

/** The short form of a public key (multibase): its last eight characters, in two groups. */
export function keyFingerprint(publicKeyMultibase: string): string {
  const end = publicKeyMultibase.trim().slice(-8);
  return end.length < 8 ? end : `${end.slice(0, 4)} · ${end.slice(4)}`;
}
