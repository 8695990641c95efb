import type { Registry } from './registry';
import { cookieNames, removeCookie } from './cookies';

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
  let path = pathname || '/';
  paths.add(path);
  while (path.length > 1) {
    path = path.replace(/\/[^/]*\/?$/, '') || '/';
    paths.add(path);
  }
  return [...paths];
}

/**
 * Deletes one cookie wherever a tag may have set it: host-only and with `domain=` on the host
 * and each parent domain (the browser ignores public suffixes such as `.org.uk`, RFC 6265 section
 * 5.3 step 5), on the current path and each parent path. A cookie can only be deleted with the
 * domain and path it was set with, and `document.cookie` does not tell them.
 */
export function deleteCookie(location: Pick<Location, 'hostname' | 'pathname' | 'protocol'>, name: string): void {
  const secure = location.protocol === 'https:';
  for (const path of parentPaths(location.pathname)) {
    removeCookie(name, { path, secure });
    for (const domain of parentDomains(location.hostname)) removeCookie(name, { path, domain, secure });
  }
}

/**
 * Deletes every cookie the page can see that the registry assigns to a refused category. Cookies
 * of required categories and the protected names (the consent cookie) are never touched, and
 * undeclared cookies are left alone: the library only removes what the site declared.
 * Returns the names deleted.
 */
export function cleanupCookies(
  location: Pick<Location, 'hostname' | 'pathname' | 'protocol'>,
  registry: Registry,
  refused: (category: string) => boolean,
  protectedNames: readonly string[],
): string[] {
  const deleted: string[] = [];
  for (const name of cookieNames()) {
    if (protectedNames.includes(name)) continue;
    const categories = registry.categoriesOf(name);
    if (categories.length > 0 && categories.every(refused)) {
      deleteCookie(location, name);
      deleted.push(name);
    }
  }
  return deleted;
}
