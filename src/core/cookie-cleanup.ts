import type { Registry } from './registry';

/** The names of all cookies this page can see. */
export function cookieNames(doc: Document): string[] {
  let raw = '';
  try {
    raw = doc.cookie;
  } catch {
    return []; // cookies blocked: nothing to read or delete
  }
  const names = new Set<string>();
  for (const part of raw.split(';')) {
    const name = part.split('=')[0].trim();
    if (name) names.add(name);
  }
  return [...names];
}

/** `www.example.org.uk` → `['www.example.org.uk', 'example.org.uk', 'org.uk', 'uk']`. */
export function parentDomains(host: string): string[] {
  // An IP address has no parent domains.
  if (/^[\d.]+$/.test(host) || host.includes(':')) return [];
  const labels = host.split('.');
  return labels.map((_, i) => labels.slice(i).join('.'));
}

/** `/a/b/c` → `['/a/b/c', '/a/b', '/a', '/']`, with `/a/b/` kept where the path ends in a slash. */
export function parentPaths(pathname: string): string[] {
  const paths = new Set<string>();
  let p = pathname || '/';
  paths.add(p);
  while (p.length > 1) {
    p = p.replace(/\/[^/]*\/?$/, '') || '/';
    paths.add(p);
  }
  return [...paths];
}

/**
 * Deletes one cookie wherever a tag may have set it: host-only and with `domain=` on the host
 * and each parent domain (the browser ignores public suffixes such as `.org.uk`, RFC 6265 section
 * 5.3 step 5), on the current path and each parent path. A cookie can only be deleted with the
 * domain and path it was set with, and `document.cookie` does not tell them.
 */
export function deleteCookie(doc: Document, name: string): void {
  const loc = doc.location;
  // Max-Age=0 expires it at once (RFC 6265 section 5.2.2; it wins over Expires, so none is sent).
  const expired = `${name}=;max-age=0${loc?.protocol === 'https:' ? ';secure' : ''}`;
  try {
    for (const path of parentPaths(loc?.pathname ?? '/')) {
      doc.cookie = `${expired};path=${path}`;
      for (const domain of parentDomains(loc?.hostname ?? '')) doc.cookie = `${expired};path=${path};domain=${domain}`;
    }
  } catch {
    /* cookies blocked: there is nothing to delete */
  }
}

/**
 * Deletes every cookie the page can see that the registry assigns to a refused category. Cookies
 * of required categories and the protected names (the consent cookie) are never touched, and
 * undeclared cookies are left alone: the library only removes what the site declared.
 * Returns the names deleted.
 */
export function cleanupCookies(
  doc: Document,
  registry: Registry,
  refused: (category: string) => boolean,
  protectedNames: readonly string[],
): string[] {
  const deleted: string[] = [];
  for (const name of cookieNames(doc)) {
    if (protectedNames.includes(name)) continue;
    const categories = registry.categoriesOf(name);
    if (categories.length && categories.every(refused)) {
      deleteCookie(doc, name);
      deleted.push(name);
    }
  }
  return deleted;
}
