import { withBase } from '../lib/site/navigation';

/** A site path with the configured base path in front ("/services/" → "/dop-c02/services/"). */
export function url(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
