import { hasOwn } from './config-values';
import type { NormalizedConfig } from './config-types';
import { RECORD_VERSION, type ConsentRecord } from './record';

/**
 * Longer stored values are refused before parsing (a forged or corrupted cookie). The validator's
 * limits (revision, number and length of ids) keep every record a valid config can produce below
 * it, so the library never writes a record its own reader refuses (DESIGN.md behaviour 10). Far
 * under the 4,096 bytes a browser keeps per cookie (RFC 6265 section 6.1).
 */
export const MAX_STORED_LENGTH = 3072;
const DAY = 864e5;

/** The stored fields, in order, joined by `|`. */
interface StoredFields {
  version: string;
  revision: string;
  id: string;
  created: string;
  updated: string;
  categories: string;
  services: string;
}
const FIELD_ORDER: readonly (keyof StoredFields)[] = [
  'version',
  'revision',
  'id',
  'created',
  'updated',
  'categories',
  'services',
];

/**
 * An id URI-encoded, `!` too: `encodeURIComponent` keeps it, and a markup name such as "!x" would
 * then read back as a refusal of "x" (found by test/unit/core/record-limits.property.test.ts).
 */
const encodeId = (id: string): string => encodeURIComponent(id).replace(/!/g, '%21');

/**
 * How long a text is once stored (URI-encoded), or Infinity for a text that cannot be stored: an
 * unpaired surrogate, which `encodeURIComponent` refuses with a URIError.
 */
export function storedLength(text: string): number {
  try {
    return encodeId(text).length;
  } catch {
    return Infinity;
  }
}

/** Decisions as `id` (granted) or `!id` (refused), ids URI-encoded, joined by `+`. */
const encodeList = (decisions: Readonly<Record<string, boolean>>): string =>
  Object.entries(decisions)
    .map(([id, on]) => (on ? '' : '!') + encodeId(id))
    .join('+');

/**
 * Writes a record as a compact string of cookie-octets: the fields of {@link StoredFields}
 * joined by `|`, times in base 36. About 150 bytes with 10 categories. The format is documented in
 * the README ("The consent cookie"); any change to it bumps RECORD_VERSION.
 */
export function encodeRecord(record: ConsentRecord): string {
  const fields: StoredFields = {
    version: String(RECORD_VERSION),
    revision: encodeURIComponent(record.revision),
    id: record.id,
    created: record.created.toString(36),
    updated: record.updated.toString(36),
    categories: encodeList(record.categories),
    services: encodeList(record.services),
  };
  return FIELD_ORDER.map((name) => fields[name]).join('|');
}

/** Version 1 (ids were never encoded, and a config fingerprint could follow) reads as version 2. */
const SHAPE =
  /^([12])\|([^|]*)\|([\w-]{8,64})\|([0-9a-z]{1,11})\|([0-9a-z]{1,11})\|([^|]*)\|([^|]*)(?:\|[0-9a-z]{1,7})?$/;

function parseFields(value: unknown): StoredFields | null {
  if (typeof value !== 'string' || value.length > MAX_STORED_LENGTH) return null;
  const match = SHAPE.exec(value);
  if (!match) return null;
  const fields = {} as StoredFields;
  FIELD_ORDER.forEach((name, i) => {
    fields[name] = match[i + 1];
  });
  return fields;
}

/**
 * Reads a stored value back. Anything malformed, oversized, of another format version, of another
 * revision, expired, from the future, or missing a decision on a declared category is no decision
 * (`null`): the banner shows again. Service entries the config does not declare are kept (services
 * named by `data-service` markup). Never throws.
 */
export function decodeRecord(value: unknown, config: NormalizedConfig, now: number): ConsentRecord | null {
  try {
    const fields = parseFields(value);
    if (!fields) return null;
    const created = parseInt(fields.created, 36);
    const updated = parseInt(fields.updated, 36);
    if (decodeURIComponent(fields.revision) !== config.revision) return null;
    // A decision from the future (more than a day of clock skew) is forged; an old one has expired.
    if (created > updated || updated > now + DAY || now - updated > config.cookie.days * DAY) return null;

    const categories = parseList(
      fields.categories,
      config.categories.map((c) => c.id),
    );
    const services = parseList(fields.services, null);
    if (!categories || !services) return null;
    // A category the visitor was never asked about voids the record: consent must be specific.
    for (const c of config.categories) {
      if (!hasOwn(categories, c.id)) return null;
      if (c.required) categories[c.id] = true;
    }
    return {
      version: RECORD_VERSION,
      revision: config.revision,
      id: fields.id,
      created,
      updated,
      categories,
      services,
    };
  } catch {
    return null;
  }
}

/** `known`: the ids allowed (null: any id, as for services). A repeated or unknown id voids the list. */
function parseList(list: string, known: readonly string[] | null): Record<string, boolean> | null {
  const out = new Map<string, boolean>();
  if (!list) return {};
  for (const item of list.split('+')) {
    const on = !item.startsWith('!');
    const id = decodeURIComponent(on ? item : item.slice(1));
    if (!id || (known && !known.includes(id)) || out.has(id)) return null;
    out.set(id, on);
  }
  return Object.fromEntries(out);
}
