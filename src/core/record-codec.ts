import type { NormalizedConfig } from './config-types';
import { RECORD_VERSION, type ConsentRecord } from './record';

/** Longer stored values are refused before parsing (a forged or corrupted cookie). */
export const MAX_STORED_LENGTH = 1024;
const DAY = 864e5;

/**
 * Writes a record as a compact, URI-safe string: fields joined by `|`, decisions as
 * `id` (granted) or `!id` (refused) joined by `+`, times in base 36, then the fingerprint of the
 * config it was made under, when there is one (the embed's; see embed/fingerprint.ts). About 150
 * bytes with 10 categories, far under the 4 KB per-cookie limit of RFC 6265 section 6.1.
 */
export function encodeRecord(record: ConsentRecord, fingerprint?: string): string {
  const list = (m: Readonly<Record<string, boolean>>) =>
    Object.entries(m).map(([id, on]) => (on ? id : `!${id}`)).join('+');
  const value = [
    RECORD_VERSION,
    encodeURIComponent(record.revision),
    record.id,
    record.created.toString(36),
    record.updated.toString(36),
    list(record.categories),
    list(record.services),
  ].join('|');
  return __SPLIT__ && fingerprint ? `${value}|${fingerprint}` : value;
}

/**
 * The stored shape, field by field: the format version (RECORD_VERSION, 1), the revision, the id,
 * two times in base 36, the two decision lists, and the config fingerprint, which only the split
 * loader reads and older records lack.
 */
const SHAPE = /^1\|([^|]*)\|([\w-]{8,64})\|([0-9a-z]{1,11})\|([0-9a-z]{1,11})\|([^|]*)\|([^|]*)(?:\|[0-9a-z]{1,7})?$/;

/**
 * Reads a stored value back. Anything malformed, oversized, of another format version, of another
 * revision, expired, from the future, or missing a decision on a declared category is no decision
 * (`null`): the banner shows again. Never throws.
 */
export function decodeRecord(value: unknown, config: NormalizedConfig, now: number): ConsentRecord | null {
  try {
    const m = typeof value === 'string' && value.length <= MAX_STORED_LENGTH && SHAPE.exec(value);
    if (!m) return null;
    const [, revision, id, created36, updated36, cats, svcs] = m;
    const created = parseInt(created36, 36);
    const updated = parseInt(updated36, 36);
    if (decodeURIComponent(revision) !== config.revision) return null;
    // A decision from the future (more than a day of clock skew) is forged; an old one has expired.
    if (created > updated || updated > now + DAY || now - updated > config.cookie.days * DAY) return null;

    const categories = parseList(cats, config.categories.map((c) => c.id));
    const services = parseList(svcs, config.services.map((s) => s.id));
    if (!categories || !services) return null;
    // A category the visitor was never asked about voids the record: consent must be specific.
    for (const c of config.categories) {
      if (!(c.id in categories)) return null;
      if (c.required) categories[c.id] = true;
    }
    return { version: RECORD_VERSION, revision: config.revision, id, created, updated, categories, services };
  } catch {
    return null;
  }
}

function parseList(list: string, known: string[]): Record<string, boolean> | null {
  const out: Record<string, boolean> = Object.create(null);
  if (!list) return {};
  for (const item of list.split('+')) {
    const on = !item.startsWith('!');
    const id = on ? item : item.slice(1);
    if (!known.includes(id) || id in out) return null;
    out[id] = on;
  }
  return { ...out };
}
